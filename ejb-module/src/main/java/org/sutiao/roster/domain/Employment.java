package org.sutiao.roster.domain;

/** 专职 / 兼职. */
public enum Employment {
    FULL_TIME, PART_TIME
}

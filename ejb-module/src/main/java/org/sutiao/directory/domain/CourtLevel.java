package org.sutiao.directory.domain;

/** Level of a people's court. */
public enum CourtLevel {
    SUPREME, HIGH, INTERMEDIATE, BASIC
}

package org.sutiao.cases.domain;

/** Reasons a center may give for declining (在线调解规则 Art. 12). */
public enum DeclineReasonCode {
    OUTSIDE_SCOPE, BEYOND_EXPERTISE, CONFLICT_OF_INTEREST, NO_CAPACITY, OTHER
}

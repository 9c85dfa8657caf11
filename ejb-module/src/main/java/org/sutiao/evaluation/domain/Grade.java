package org.sutiao.evaluation.domain;

/** The grade of a score by the set's thresholds (by default ≥ 90 excellent, 70–89 good, < 70 fail; issue 11 §1). */
public enum Grade {
    EXCELLENT, GOOD, FAIL
}

package org.sutiao.roster.domain;

/** Level of a mediator's CCPIT certification (notice 法办〔2024〕623号 §5(5)). */
public enum CertLevel {
    SENIOR, INTERMEDIATE, JUNIOR
}

package org.sutiao.agreements.domain;

/** An agreement is being signed ({@link #SIGNING}) until the last signature makes it {@link #EFFECTIVE}. */
public enum AgreementStatus {
    SIGNING, EFFECTIVE
}

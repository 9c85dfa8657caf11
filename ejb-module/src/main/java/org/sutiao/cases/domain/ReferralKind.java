package org.sutiao.cases.domain;

/** 委派调解 (before filing, 特邀调解规定 Art. 1) or 委托调解 (after filing). */
public enum ReferralKind {
    DELEGATED, ENTRUSTED
}

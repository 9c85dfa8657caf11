package org.sutiao.agreements.domain;

/** Who signs an agreement: every party, the mediator, and the center (its seal, by the center admin). */
public enum SignerRole {
    PARTY, MEDIATOR, CENTER
}

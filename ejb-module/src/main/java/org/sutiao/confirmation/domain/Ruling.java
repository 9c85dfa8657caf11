package org.sutiao.confirmation.domain;

/** The court's ruling on a judicial confirmation: the agreement is valid (enforceable) or the application rejected. */
public enum Ruling {
    VALID, REJECTED
}

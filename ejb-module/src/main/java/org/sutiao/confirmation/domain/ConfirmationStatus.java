package org.sutiao.confirmation.domain;

/** Parties joining, the court reviewing (possibly after asking for supplements), or ruled. */
public enum ConfirmationStatus {
    JOINING, UNDER_REVIEW, SUPPLEMENT_REQUESTED, RULED
}

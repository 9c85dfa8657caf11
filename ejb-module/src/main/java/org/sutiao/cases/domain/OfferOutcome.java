package org.sutiao.cases.domain;

/** What became of one offer of a case to a center. */
public enum OfferOutcome {
    PENDING, ACCEPTED, DECLINED, LAPSED
}

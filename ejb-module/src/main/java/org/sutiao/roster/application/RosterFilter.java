package org.sutiao.roster.application;

import org.sutiao.roster.domain.CertificationStatus;
import org.sutiao.roster.domain.Employment;
import org.sutiao.roster.domain.MediatorStatus;

/**
 * A search of the national roster; every field is optional (null = any). Text fields match exactly (region
 * {@code 北京}, industry {@code 海事海商}, specialty {@code 商事合同}, language {@code en}); {@code text} matches a part of
 * the mediator's name or code or the center's name.
 */
public record RosterFilter(String region, String industry, String specialty, String language, Employment employment,
                           CertificationStatus certification, MediatorStatus status, String centerCode, String text) {
    /** No restriction. */
    public static RosterFilter any() {
        return new RosterFilter(null, null, null, null, null, null, null, null, null);
    }
}

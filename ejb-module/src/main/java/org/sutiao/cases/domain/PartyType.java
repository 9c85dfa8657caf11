package org.sutiao.cases.domain;

/** Legal or natural person. */
public enum PartyType {
    LEGAL_PERSON, NATURAL_PERSON
}

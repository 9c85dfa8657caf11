package org.sutiao.roster.domain;

/** The other side of a declared relationship: a company (with a credit code) or a person (with an ID number). */
public enum CounterpartType {
    COMPANY, PERSON
}

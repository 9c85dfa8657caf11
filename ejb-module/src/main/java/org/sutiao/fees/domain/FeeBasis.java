package org.sutiao.fees.domain;

/**
 * What a schedule charges by: the total claim amount in progressive brackets, or the mediator's hours at an hourly
 * rate. Either way the schedule's minimum fee applies.
 */
public enum FeeBasis {
    AMOUNT_BRACKETS, MEDIATOR_HOURS
}

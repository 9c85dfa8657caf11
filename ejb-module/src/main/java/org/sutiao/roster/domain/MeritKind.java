package org.sutiao.roster.domain;

/** A commendation (表彰奖励) or a sanction (惩戒) recorded on a mediator. */
public enum MeritKind {
    COMMENDATION, SANCTION
}

package org.sutiao.roster.domain;

/** CCPIT mediation center kinds: headquarters, local (by region), industry (by sector). */
public enum CenterKind {
    HQ, LOCAL, INDUSTRY
}

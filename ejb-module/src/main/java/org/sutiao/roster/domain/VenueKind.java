package org.sutiao.roster.domain;

/** A center's premises: its fixed office, a mediation room, or an online mediation room. */
public enum VenueKind {
    OFFICE, MEDIATION_ROOM, ONLINE_ROOM
}

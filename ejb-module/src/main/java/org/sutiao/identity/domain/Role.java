package org.sutiao.identity.domain;

/**
 * The roles of DESIGN.md §4. The names are also the Jakarta Security groups (and so the EE roles).
 */
public enum Role {
    COURT_CLERK, COURT_SUPERVISOR, HQ_ADMIN, CENTER_ADMIN, MEDIATOR, PARTY, OPERATOR, COURT_SYSTEM;

    /** Role names usable in {@code @RolesAllowed}. */
    public static final String CLERK = "COURT_CLERK";
    public static final String SUPERVISOR = "COURT_SUPERVISOR";
    public static final String HQ = "HQ_ADMIN";
    public static final String CENTER = "CENTER_ADMIN";
    public static final String MEDIATOR_ROLE = "MEDIATOR";
    public static final String PARTY_ROLE = "PARTY";
    public static final String OPERATOR_ROLE = "OPERATOR";
    public static final String SYSTEM = "COURT_SYSTEM";

    /** True for the roles acting for a court (their organisation code is a court code). */
    public boolean isCourtSide() {
        return this == COURT_CLERK || this == COURT_SUPERVISOR || this == COURT_SYSTEM;
    }
}

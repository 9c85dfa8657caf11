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
    /**
     * Not a role: the only group of an account that must change its password before anything else (issue 13 §1);
     * the API answers it 403 {@code account.passwordChangeRequired} except for the change, pages lead to the form.
     */
    public static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

    /** True for the roles acting for a court (their organisation code is a court code). */
    public boolean isCourtSide() {
        return this == COURT_CLERK || this == COURT_SUPERVISOR || this == COURT_SYSTEM;
    }
}

package org.sutiao.cases.application;

/**
 * The parts of a case that are read separately, each audited under its own action (issue: every read of case content
 * is audited). A part marked {@link #contentOnly()} has nothing to show at metadata visibility: a metadata-only
 * caller without a grant is refused it (403 {@code case.fullAccessRequired}) rather than shown an empty shell.
 */
public enum CasePart {
    /** The case with parties, facts, claims, materials' list, offers and timeline. */
    DETAIL(false),
    /** One material's bytes. */
    MATERIAL(true),
    /** Disclosures, sessions, suspensions, extensions and the failure report. */
    WORKSPACE(false),
    /** The agreement with its signatures. */
    AGREEMENT(true),
    /** The agreement's exact document (PDF or scan). */
    AGREEMENT_DOCUMENT(true),
    /** Judicial confirmation and mediation document. */
    CONFIRMATION(true),
    /** The case's fee, shares and subsidies. */
    FEE(false);

    private final boolean contentOnly;

    CasePart(boolean contentOnly) {
        this.contentOnly = contentOnly;
    }

    /** True when the part consists of content only (nothing of it is metadata). */
    public boolean contentOnly() {
        return contentOnly;
    }

    /** The audit action of a read of this part, e.g. {@code READ_WORKSPACE}. */
    public String auditAction() {
        return this == DETAIL ? "READ_CASE" : "READ_" + name();
    }
}

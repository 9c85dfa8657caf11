package org.sutiao.audit.application;

/** A result that says in a few words what an audited call gave (e.g. how many rows an export wrote). */
public interface AuditSummary {
    /** A short text for the audit entry's detail. */
    String auditSummary();
}

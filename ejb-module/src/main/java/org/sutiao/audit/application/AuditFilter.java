package org.sutiao.audit.application;

import java.time.Instant;

/**
 * The viewer's filter; every field is optional (null: no condition).
 *
 * @param username     exact login name
 * @param organization exact court or center code, or a party's identity name
 * @param action       exact action (a method name such as {@code accept}, or {@code READ_CASE})
 * @param from         entries at or after this instant
 * @param to           entries before this instant
 */
public record AuditFilter(Long caseId, String username, String organization, String action, Instant from,
                          Instant to) {
    /** No condition at all. */
    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null);
}

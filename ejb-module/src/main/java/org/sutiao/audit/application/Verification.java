package org.sutiao.audit.application;

/**
 * The answer of a chain verification (NIST SP 800-53 AU-9: detect unauthorised changes of audit information).
 *
 * @param intact        true when every entry's hash and link hold and the last entry is the head's
 * @param entries       how many entries were checked
 * @param firstBrokenId the first entry where the chain does not hold (changed, or following a deleted one; the
 *                      head's last id when the last entry is missing), null when intact
 * @param pending       entries committed but not yet sealed onto the chain when it was read (written during the
 *                      verification): not checked, neither intact nor broken; sealed within about a second
 */
public record Verification(boolean intact, long entries, Long firstBrokenId, long pending) implements AuditSummary {
    @Override
    public String auditSummary() {
        return "intact=" + intact + ", entries=" + entries + (firstBrokenId == null ? "" : ", firstBrokenId="
                + firstBrokenId) + (pending == 0 ? "" : ", pending=" + pending);
    }
}

package org.sutiao.audit.domain;

import org.sutiao.shared.domain.Hashes;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The hash chain of the audit log (NIST SP 800-53 AU-9 and AU-10; CJIS Security Policy §5.4.6: audit information
 * protected from modification and deletion). Each entry's hash is the lower-case hex SHA-256 of the UTF-8 bytes of
 * its canonical encoding, which includes the predecessor's hash: changing, inserting or deleting a row breaks the
 * link to its successor, and a deleted last row no longer matches {@link AuditChainHead}. The chain runs in the order
 * of the entries' chain positions ({@link AuditEntry#chainPosition()}), given at sealing; the id in the encoding is
 * the entry's own.
 * <p>
 * Canonical encoding, version 1: the tag {@code sutiao-audit-v1}, then for each field in the order id, instant,
 * username, role, organisation, action, case id, detail, client address, outcome, previous hash: a line feed and
 * either {@code ~} (null) or the field's length in UTF-16 code units, a colon and the text. Lengths make it
 * unambiguous whatever the texts contain. The instant is ISO-8601 in UTC ({@link java.time.Instant#toString()}),
 * numbers in decimal.
 * <p>
 * The chain shows tampering by anyone who edits rows without recomputing every later hash and the head; someone who
 * controls the whole database can rewrite it all. Publishing the head's hash elsewhere from time to time (a court
 * system, a notary) closes that gap.
 */
public final class AuditChain {
    static final String TAG = "sutiao-audit-v1";

    private AuditChain() {
    }

    /** The canonical encoding of the entry's fields with the given predecessor hash. */
    public static String canonical(AuditEntry e, String prevHash) {
        StringBuilder b = new StringBuilder(256).append(TAG);
        field(b, e.id() == null ? null : e.id().toString());
        field(b, e.at() == null ? null : e.at().toString());
        field(b, e.username());
        field(b, e.role());
        field(b, e.organization());
        field(b, e.action());
        field(b, e.caseId() == null ? null : e.caseId().toString());
        field(b, e.detail());
        field(b, e.clientAddress());
        field(b, e.outcome());
        field(b, prevHash);
        return b.toString();
    }

    /** The entry's hash given its predecessor's: SHA-256 of {@link #canonical}, 64 hex characters. */
    public static String hash(AuditEntry e, String prevHash) {
        return Hashes.sha256(canonical(e, prevHash).getBytes(StandardCharsets.UTF_8));
    }

    private static void field(StringBuilder b, String value) {
        b.append('\n');
        if (value == null) {
            b.append('~');
        } else {
            b.append(value.length()).append(':').append(value);
        }
    }

    /**
     * Checks sealed entries fed one by one in ascending chain position, keeping only the last hash (constant memory
     * whatever the length of the log). The first broken entry is the first whose stored hash differs from its
     * recomputed one, or whose previous hash differs from the hash of the entry before it.
     */
    public static final class Verifier {
        private String lastHash;
        private Long lastId;
        private long lastPosition;
        private long count;
        private Long firstBrokenId;

        /** Checks the next entry. */
        public void accept(AuditEntry e) {
            count++;
            if (firstBrokenId == null && (e.hash() == null || !Objects.equals(e.prevHash(), lastHash)
                    || !e.hash().equals(hash(e, e.prevHash())))) {
                firstBrokenId = e.id();
            }
            lastHash = e.hash();
            lastId = e.id();
            lastPosition = e.chainPosition() == null ? lastPosition : e.chainPosition();
        }

        /** The chain position of the last entry fed, 0 before the first (the keyset of a verification's batches). */
        public long lastPosition() {
            return lastPosition;
        }

        /**
         * The result against the head read before the entries: the last entry must be the head's and carry its
         * hash, and the number of entries must be the head's; else the head's last id is reported broken (the
         * last entry was deleted or replaced).
         */
        public Result finish(AuditChainHead head) {
            Long broken = firstBrokenId;
            if (broken == null && (count != head.entries() || head.lastId() != (lastId == null ? 0 : lastId)
                    || !Objects.equals(head.lastHash(), lastHash))) {
                broken = head.lastId();
            }
            return new Result(broken == null, count, broken);
        }
    }

    /**
     * The verification's answer.
     *
     * @param entries       the number of entries checked
     * @param firstBrokenId the first entry where the chain does not hold, null when intact
     */
    public record Result(boolean intact, long entries, Long firstBrokenId) {
    }
}

package org.sutiao.audit.domain;

import org.junit.jupiter.api.Test;
import org.sutiao.shared.domain.Hashes;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditChainTest {
    private static final Instant AT = Instant.parse("2026-12-07T03:00:00.123456789Z");

    private static AuditEntry entry(long id, String detail, String prev) {
        return new AuditEntry(id, AT, "clerk.bj0105", "COURT_CLERK", "BJ-B-0105", "accept", 42L, detail,
                "127.0.0.1", AuditEntry.OK, prev);
    }

    /** A chain of n entries with the head moved along. */
    private static List<AuditEntry> chain(int n, AuditChainHead head) {
        List<AuditEntry> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            AuditEntry e = entry(head.nextId(), "d" + i, head.lastHash());
            head.advance(e);
            out.add(e);
        }
        return out;
    }

    private static AuditChain.Result verify(List<AuditEntry> entries, AuditChainHead head) {
        AuditChain.Verifier v = new AuditChain.Verifier();
        entries.forEach(v::accept);
        return v.finish(head);
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Field f = AuditEntry.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }

    @Test
    void canonicalEncodingIsTaggedLengthPrefixedAndMarksNulls() {
        AuditEntry e = new AuditEntry(7, AT, "u", null, "北京", "READ_CASE", null, "a|b", null, "ok", null);
        assertEquals("sutiao-audit-v1\n1:7\n24:2026-12-07T03:00:00.123Z\n1:u\n~\n2:北京\n9:READ_CASE\n~\n3:a|b\n~\n2:ok\n~",
                AuditChain.canonical(e, null));
    }

    @Test
    void hashIsSha256OfTheCanonicalEncodingIncludingThePredecessor() {
        AuditEntry e = entry(1, "x", "ab".repeat(32));
        assertEquals(Hashes.sha256(AuditChain.canonical(e, "ab".repeat(32)).getBytes(StandardCharsets.UTF_8)),
                e.hash());
        assertEquals(64, e.hash().length());
        assertNotEquals(AuditChain.hash(e, "cd".repeat(32)), e.hash(), "the predecessor is part of the hash");
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        AuditEntry a = new AuditEntry(1, AT, "ab", null, null, "c", null, null, null, null, null);
        AuditEntry b = new AuditEntry(1, AT, "a", null, null, "bc", null, null, null, null, null);
        assertNotEquals(a.hash(), b.hash());
        AuditEntry nul = new AuditEntry(1, AT, "a", null, null, "c", null, null, null, null, null);
        AuditEntry empty = new AuditEntry(1, AT, "a", "", null, "c", null, null, null, null, null);
        assertNotEquals(nul.hash(), empty.hash(), "null and empty differ");
    }

    @Test
    void instantIsCutToMillisecondsSoTheStoredRowHashesTheSame() {
        assertEquals(Instant.parse("2026-12-07T03:00:00.123Z"), entry(1, "x", null).at());
    }

    @Test
    void anIntactChainVerifies() {
        AuditChainHead head = new AuditChainHead(0);
        List<AuditEntry> entries = chain(5, head);
        assertEquals(new AuditChain.Result(true, 5, null), verify(entries, head));
        assertNull(entries.get(0).prevHash());
        assertEquals(entries.get(0).hash(), entries.get(1).prevHash());
    }

    @Test
    void anEmptyLogVerifies() {
        assertEquals(new AuditChain.Result(true, 0, null), verify(List.of(), new AuditChainHead(0)));
    }

    @Test
    void aChangedFieldIsReportedAtThatEntry() throws Exception {
        AuditChainHead head = new AuditChainHead(0);
        List<AuditEntry> entries = chain(5, head);
        set(entries.get(2), "username", "someone.else");
        AuditChain.Result r = verify(entries, head);
        assertFalse(r.intact());
        assertEquals(entries.get(2).id(), r.firstBrokenId());
    }

    @Test
    void aChangedRowWithARecomputedHashBreaksTheNextLink() throws Exception {
        AuditChainHead head = new AuditChainHead(0);
        List<AuditEntry> entries = chain(5, head);
        AuditEntry e = entries.get(1);
        set(e, "detail", "forged");
        set(e, "hash", AuditChain.hash(e, e.prevHash()));
        assertEquals(entries.get(2).id(), verify(entries, head).firstBrokenId());
    }

    @Test
    void aDeletedEntryIsReportedAtItsSuccessor() {
        AuditChainHead head = new AuditChainHead(0);
        List<AuditEntry> entries = chain(5, head);
        Long successor = entries.get(3).id();
        entries.remove(2);
        AuditChain.Result r = verify(entries, head);
        assertFalse(r.intact());
        assertEquals(successor, r.firstBrokenId());
    }

    @Test
    void aDeletedLastEntryIsReportedAgainstTheHead() {
        AuditChainHead head = new AuditChainHead(0);
        List<AuditEntry> entries = chain(4, head);
        entries.remove(3);
        AuditChain.Result r = verify(entries, head);
        assertFalse(r.intact());
        assertEquals(head.lastId(), r.firstBrokenId());
    }

    @Test
    void legacyRowsAreSealedOnceInOrderThenNewEntriesFollow() throws Exception {
        AuditEntry legacy1 = entry(10, "old", null);
        AuditEntry legacy2 = entry(20, "old", null);
        set(legacy1, "hash", null);
        set(legacy2, "hash", null);
        AuditChainHead head = new AuditChainHead(20);
        assertFalse(head.legacySealed());
        assertThrows(IllegalStateException.class, head::nextId, "no new id while old rows wait");
        legacy1.seal(head.lastHash());
        head.advance(legacy1);
        assertThrows(IllegalStateException.class, () -> legacy1.seal(null), "sealed once only");
        legacy2.seal(head.lastHash());
        head.advance(legacy2);
        assertTrue(head.legacySealed());
        assertEquals(21, head.nextId());
        List<AuditEntry> all = new ArrayList<>(List.of(legacy1, legacy2));
        all.addAll(chain(2, head));
        assertEquals(new AuditChain.Result(true, 4, null), verify(all, head));
    }

    @Test
    void missingLegacyRowsAtTheEndDoNotBlockTheChain() {
        AuditChainHead head = new AuditChainHead(30);
        head.legacyDone();
        assertTrue(head.legacySealed());
        assertEquals(1, head.nextId());
    }

    @Test
    void theHeadRefusesAnEntryThatDoesNotFollowIt() {
        AuditChainHead head = new AuditChainHead(0);
        chain(2, head);
        assertThrows(IllegalArgumentException.class, () -> head.advance(entry(3, "x", "0".repeat(64))));
        assertThrows(IllegalArgumentException.class, () -> head.advance(entry(1, "x", head.lastHash())));
    }

    @Test
    void anEntryNeedsWhenWhoAndWhat() {
        assertThrows(IllegalArgumentException.class,
                () -> new AuditEntry(1, AT, " ", null, null, "a", null, null, null, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new AuditEntry(1, null, "u", null, null, "a", null, null, null, null, null));
    }

    @Test
    void longTextsAreCutToTheirColumns() {
        AuditEntry e = new AuditEntry(1, AT, "u", null, null, "a", null, "x".repeat(600), null, null, null);
        assertEquals(500, e.detail().length());
        assertEquals(AuditChain.hash(e, null), e.hash());
    }
}

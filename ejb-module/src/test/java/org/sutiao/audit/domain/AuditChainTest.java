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

    /** An unsealed entry with its id assigned, as persisted. */
    private static AuditEntry unsealed(long id, String detail) {
        return new AuditEntry(id, AT, "clerk.bj0105", "COURT_CLERK", "BJ-B-0105", "accept", 42L, detail,
                "127.0.0.1", AuditEntry.OK);
    }

    /** An entry sealed at position {@code id} onto {@code prev}. */
    private static AuditEntry entry(long id, String detail, String prev) {
        AuditEntry e = unsealed(id, detail);
        e.seal(id, prev);
        return e;
    }

    /** A chain of n entries (ids 101, 102, …) sealed by the head. */
    private static List<AuditEntry> chain(int n, AuditChainHead head) {
        List<AuditEntry> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            AuditEntry e = unsealed(100 + head.lastPosition() + 1, "d" + i);
            head.chain(e);
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
        AuditEntry e = new AuditEntry(7L, AT, "u", null, "北京", "READ_CASE", null, "a|b", null, "ok");
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
        AuditEntry a = new AuditEntry(1L, AT, "ab", null, null, "c", null, null, null, null);
        AuditEntry b = new AuditEntry(1L, AT, "a", null, null, "bc", null, null, null, null);
        assertNotEquals(AuditChain.hash(a, null), AuditChain.hash(b, null));
        AuditEntry nul = new AuditEntry(1L, AT, "a", null, null, "c", null, null, null, null);
        AuditEntry empty = new AuditEntry(1L, AT, "a", "", null, "c", null, null, null, null);
        assertNotEquals(AuditChain.hash(nul, null), AuditChain.hash(empty, null), "null and empty differ");
    }

    @Test
    void instantIsCutToMillisecondsSoTheStoredRowHashesTheSame() {
        assertEquals(Instant.parse("2026-12-07T03:00:00.123Z"), entry(1, "x", null).at());
    }

    @Test
    void anIntactChainVerifies() {
        AuditChainHead head = new AuditChainHead();
        List<AuditEntry> entries = chain(5, head);
        assertEquals(new AuditChain.Result(true, 5, null), verify(entries, head));
        assertNull(entries.get(0).prevHash());
        assertEquals(entries.get(0).hash(), entries.get(1).prevHash());
    }

    @Test
    void anEmptyLogVerifies() {
        assertEquals(new AuditChain.Result(true, 0, null), verify(List.of(), new AuditChainHead()));
    }

    @Test
    void aChangedFieldIsReportedAtThatEntry() throws Exception {
        AuditChainHead head = new AuditChainHead();
        List<AuditEntry> entries = chain(5, head);
        set(entries.get(2), "username", "someone.else");
        AuditChain.Result r = verify(entries, head);
        assertFalse(r.intact());
        assertEquals(entries.get(2).id(), r.firstBrokenId());
    }

    @Test
    void aChangedRowWithARecomputedHashBreaksTheNextLink() throws Exception {
        AuditChainHead head = new AuditChainHead();
        List<AuditEntry> entries = chain(5, head);
        AuditEntry e = entries.get(1);
        set(e, "detail", "forged");
        set(e, "hash", AuditChain.hash(e, e.prevHash()));
        assertEquals(entries.get(2).id(), verify(entries, head).firstBrokenId());
    }

    @Test
    void aDeletedEntryIsReportedAtItsSuccessor() {
        AuditChainHead head = new AuditChainHead();
        List<AuditEntry> entries = chain(5, head);
        Long successor = entries.get(3).id();
        entries.remove(2);
        AuditChain.Result r = verify(entries, head);
        assertFalse(r.intact());
        assertEquals(successor, r.firstBrokenId());
    }

    @Test
    void aDeletedLastEntryIsReportedAgainstTheHead() {
        AuditChainHead head = new AuditChainHead();
        List<AuditEntry> entries = chain(4, head);
        entries.remove(3);
        AuditChain.Result r = verify(entries, head);
        assertFalse(r.intact());
        assertEquals(head.lastId(), r.firstBrokenId());
    }

    @Test
    void entriesAreChainedInTheOrderTheyAreSealedWhateverTheirIds() {
        AuditChainHead head = new AuditChainHead();
        AuditEntry late = unsealed(900, "committed second, lower id");
        AuditEntry early = unsealed(950, "committed first");
        head.chain(early);
        head.chain(late);
        assertEquals(1L, early.chainPosition());
        assertEquals(2L, late.chainPosition());
        assertEquals(early.hash(), late.prevHash());
        assertEquals(900, head.lastId());
        assertEquals(2, head.lastPosition());
        assertEquals(new AuditChain.Result(true, 2, null), verify(List.of(early, late), head));
    }

    @Test
    void anUnsealedEntryHasNoHashAndIsSealedOnceOnly() {
        AuditEntry e = unsealed(5, "x");
        assertNull(e.hash());
        assertNull(e.chainPosition());
        assertFalse(e.sealed());
        AuditChainHead head = new AuditChainHead();
        head.chain(e);
        assertTrue(e.sealed());
        assertEquals(AuditChain.hash(e, null), e.hash());
        assertThrows(IllegalStateException.class, () -> head.chain(e), "sealed once only");
        assertEquals(1, head.entries());
    }

    @Test
    void anEntryIsSealedOnlyOnceItHasItsId() {
        AuditEntry notPersisted = new AuditEntry(AT, "u", null, null, "a", null, null, null, null);
        assertThrows(IllegalStateException.class, () -> new AuditChainHead().chain(notPersisted));
    }

    @Test
    void aRowTakenOutOfTheChainBreaksItAtItsSuccessor() throws Exception {
        AuditChainHead head = new AuditChainHead();
        List<AuditEntry> entries = chain(4, head);
        set(entries.get(1), "chainPosition", null);
        List<AuditEntry> inChain = new ArrayList<>(entries);
        inChain.remove(1);
        assertEquals(entries.get(2).id(), verify(inChain, head).firstBrokenId());
    }

    @Test
    void swappedPositionsBreakTheChain() {
        AuditChainHead head = new AuditChainHead();
        List<AuditEntry> entries = chain(4, head);
        List<AuditEntry> swapped = new ArrayList<>(List.of(entries.get(0), entries.get(2), entries.get(1),
                entries.get(3)));
        assertEquals(entries.get(2).id(), verify(swapped, head).firstBrokenId());
    }

    @Test
    void anEntryNeedsWhenWhoAndWhat() {
        assertThrows(IllegalArgumentException.class,
                () -> new AuditEntry(AT, " ", null, null, "a", null, null, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new AuditEntry(null, "u", null, null, "a", null, null, null, null));
    }

    @Test
    void longTextsAreCutToTheirColumns() {
        AuditEntry e = new AuditEntry(1L, AT, "u", null, null, "a", null, "x".repeat(600), null, null);
        assertEquals(500, e.detail().length());
        new AuditChainHead().chain(e);
        assertEquals(AuditChain.hash(e, null), e.hash());
    }
}

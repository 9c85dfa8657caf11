package org.sutiao.audit.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.sutiao.audit.domain.AuditChainHead;
import org.sutiao.audit.domain.AuditEntry;
import org.sutiao.identity.application.Caller;
import org.sutiao.identity.application.CallerLookup;
import org.sutiao.identity.domain.Role;
import org.sutiao.shared.domain.Actor;
import org.sutiao.shared.domain.NotFoundException;

import java.security.Principal;
import java.time.Clock;
import java.util.List;

/**
 * Writes the audit log (CJIS Security Policy §5.4.1.1 events and content; NIST SP 800-53 AU-3, AU-9; notice
 * 法办〔2024〕623号 §2(1) confidentiality): when, username, role, organisation (court or center code; a party's
 * confirmed identity name), action, case, detail, client address ({@link ClientAddress}) and outcome, chained by
 * SHA-256 onto the previous entry ({@link org.sutiao.audit.domain.AuditChain}). Entries are only inserted.
 * <p>
 * Each entry is written in its own short transaction ({@code REQUIRES_NEW}) that locks the one-row
 * {@link AuditChainHead} ({@code SELECT … FOR UPDATE}), takes the next id, chains onto the head's hash and commits.
 * So the chain stays linear under concurrent requests and across cluster nodes, the lock is held for one insert and
 * one update (about a millisecond), never for the length of a business transaction, and a refused act is recorded
 * although its own transaction rolls back. The price: audited calls are serialised on that row for that moment
 * (thousands of entries a second, far above the platform's load), each needs a second pooled connection for the
 * moment, and an entry is kept even when the business transaction later fails at commit (the log then says an act
 * was attempted, which is true).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AuditLog {
    /** The action of a call refused because the caller's role may not make it (HTTP 403); the detail is the call. */
    public static final String ACCESS_DENIED = "ACCESS_DENIED";

    /** Action names of the reads of case content. */
    public static final String READ_CASE = "READ_CASE";
    public static final String READ_MATERIAL = "READ_MATERIAL";

    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    CallerLookup callers;
    @Inject
    ClientAddress address;
    @Resource
    SessionContext session;

    /**
     * Records an act of a known caller: username, role, organisation (a PARTY's confirmed identity name, else the
     * caller's organisation code) and the request's client address.
     *
     * @param caseId the case, or null for none
     * @param detail free text (≤ 500 characters kept; no case content beyond what identifies the act)
     */
    public void record(Caller caller, String action, Long caseId, String detail) {
        append(caller.username(), caller.role() == null ? null : caller.role().name(), organization(caller),
                action, caseId, detail, AuditEntry.OK);
    }

    /**
     * Records an act by username; role and organisation come from the account ({@code system} and unknown names
     * have none).
     */
    public void record(String username, String action, Long caseId, String detail) {
        recordAs(username, action, caseId, detail, AuditEntry.OK);
    }

    /**
     * Records an act of the current caller (the container's caller principal; {@code system} for timers and
     * startup work) with its outcome.
     *
     * @param outcome {@link AuditEntry#OK} or the refusal's code
     */
    public void recordCall(String action, Long caseId, String detail, String outcome) {
        recordCall(action, caseId, detail, outcome, null);
    }

    /**
     * Records an act of the current caller; a call without login made in a request (a registration) is recorded
     * under the username it names ({@code claimedUsername}, at most 64 characters kept), never as {@code system},
     * which stays for timers and startup work. Such an entry carries no role or organisation: it was made without
     * login, and a refused attempt on a taken name is never taken for an act of that account's holder.
     *
     * @param claimedUsername the username a call without login is about, or null
     */
    public void recordCall(String action, Long caseId, String detail, String outcome, String claimedUsername) {
        Principal p = session.getCallerPrincipal();
        boolean anonymous = p == null || "anonymous".equals(p.getName());
        if (anonymous && claimedUsername != null && !claimedUsername.isBlank()) {
            String name = claimedUsername.strip();
            name = name.length() > 64 ? name.substring(0, 64) : name;
            append(name, null, null, action, caseId, detail, outcome);
            return;
        }
        recordAs(anonymous ? Actor.SYSTEM.username() : p.getName(), action, caseId, detail, outcome);
    }

    private void recordAs(String username, String action, Long caseId, String detail, String outcome) {
        Caller caller = null;
        if (!Actor.SYSTEM.username().equals(username)) {
            try {
                caller = callers.of(() -> username);
            } catch (NotFoundException unknown) {
                caller = null;
            }
        }
        append(username, caller == null || caller.role() == null ? null : caller.role().name(),
                caller == null ? null : organization(caller), action, caseId, detail, outcome);
    }

    /** The entries of one case in chain order. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AuditEntry> forCase(Long caseId) {
        return em.createNamedQuery("AuditEntry.byCase", AuditEntry.class).setParameter("caseId", caseId)
                .getResultList();
    }

    /**
     * Chains up to {@code max} rows written before the chain existed (pre-V9), in id order, once; the startup
     * calls it in batches so that a large old log never makes one long transaction.
     *
     * @return true when every old row is chained
     */
    public boolean sealLegacy(int max) {
        AuditChainHead head = lockHead();
        seal(head, max);
        return head.legacySealed();
    }

    private void append(String username, String role, String organization, String action, Long caseId,
                        String detail, String outcome) {
        AuditChainHead head = lockHead();
        if (!head.legacySealed()) {
            seal(head, Integer.MAX_VALUE);
        }
        AuditEntry entry = new AuditEntry(head.nextId(), clock.instant(), username, role, organization, action,
                caseId, detail, ClientAddress.current(address), outcome, head.lastHash());
        em.persist(entry);
        head.advance(entry);
    }

    private AuditChainHead lockHead() {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("audit_chain_head is missing (migration V9)");
        }
        return head;
    }

    private void seal(AuditChainHead head, int max) {
        if (head.legacySealed()) {
            return;
        }
        List<AuditEntry> rows = em.createNamedQuery("AuditEntry.range", AuditEntry.class)
                .setParameter("after", head.lastId()).setParameter("until", head.legacyMaxId())
                .setMaxResults(max).getResultList();
        for (AuditEntry row : rows) {
            row.seal(head.lastHash());
            head.advance(row);
        }
        if (rows.size() < max) {
            head.legacyDone();
        }
    }

    /**
     * The caller's organisation: a court or center code; none for a party, whose identity name is case information
     * that the log's readers (operators, HQ: metadata only) must not see.
     */
    private static String organization(Caller caller) {
        return caller.role() == Role.PARTY ? null : caller.orgCode();
    }
}

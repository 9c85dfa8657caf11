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
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
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
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes the audit log (CJIS Security Policy §5.4.1.1 events and content; NIST SP 800-53 AU-3, AU-9; notice
 * 法办〔2024〕623号 §2(1) confidentiality): when, username, role, organisation (court or center code; a party's
 * confirmed identity name), action, case, detail, client address ({@link ClientAddress}) and outcome, chained by
 * SHA-256 onto the previous entry ({@link org.sutiao.audit.domain.AuditChain}). Entries are only inserted.
 * <p>
 * An append is one plain {@code INSERT} of an unsealed entry, without any lock, so audited calls no longer queue
 * (issue 10 §2, intake). A successful act's entry is written in the act's own transaction
 * ({@link #recordCallInTransaction}: it commits exactly when the act does, one commit for both; should that commit
 * fail, the attempt is recorded afterwards in a transaction of its own with outcome {@value #ROLLED_BACK}); every
 * other entry — a refusal, whose business transaction rolls back, a read, a denied call — in its own short
 * transaction ({@code REQUIRES_NEW}), so it is kept whatever happens to the caller's. {@link #seal} chains the
 * committed entries afterwards, under the lock of the one-row {@link AuditChainHead}: {@link AuditChainSealer} calls
 * it every second and before every verification, so an entry is protected by the chain from about a second after
 * its commit on (until then it is <em>pending</em>: verification counts it, but a change to it is not detected).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AuditLog {
    private static final Logger LOG = Logger.getLogger(AuditLog.class.getName());
    /** The action of a call refused because the caller's role may not make it (HTTP 403); the detail is the call. */
    public static final String ACCESS_DENIED = "ACCESS_DENIED";

    /** The outcome of a successful act whose transaction then failed to commit (nothing of it was stored). */
    public static final String ROLLED_BACK = "rolledBack";

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
    @Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * Records an act of a known caller: username, role, organisation (a PARTY's confirmed identity name, else the
     * caller's organisation code) and the request's client address.
     *
     * @param caseId the case, or null for none
     * @param detail free text (≤ 500 characters kept; no case content beyond what identifies the act)
     */
    public void record(Caller caller, String action, Long caseId, String detail) {
        em.persist(entry(caller.username(), caller.role() == null ? null : caller.role().name(), organization(caller),
                action, caseId, detail, AuditEntry.OK));
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
        em.persist(entryForCall(action, caseId, detail, outcome, claimedUsername));
    }

    /**
     * Records a successful act of the current caller as {@link #recordCall(String, Long, String, String, String)}
     * does, but in the caller's transaction: the entry commits with the act. Should that transaction roll back
     * instead of committing, the attempt is recorded after it in a transaction of its own, outcome
     * {@value #ROLLED_BACK}.
     *
     * @throws jakarta.ejb.EJBTransactionRequiredException without a transaction
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordCallInTransaction(String action, Long caseId, String detail, String claimedUsername) {
        AuditEntry entry = entryForCall(action, caseId, detail, AuditEntry.OK, claimedUsername);
        em.persist(entry);
        AuditLog self = session.getBusinessObject(AuditLog.class);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before: the entry is part of the transaction
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    try {
                        self.insert(entry.username(), entry.role(), entry.organization(), entry.action(),
                                entry.caseId(), entry.detail(), entry.clientAddress(), ROLLED_BACK);
                    } catch (RuntimeException e) {
                        LOG.log(Level.SEVERE, "Audit entry of a rolled-back " + action + " not written", e);
                    }
                }
            }
        });
    }

    /**
     * Inserts an entry with the given fields in a transaction of its own (the record of an act whose own
     * transaction failed to commit). Not for callers outside the audit log.
     */
    public void insert(String username, String role, String organization, String action, Long caseId,
                       String detail, String clientAddress, String outcome) {
        em.persist(new AuditEntry(clock.instant(), username, role, organization, action, caseId, detail,
                clientAddress, outcome));
    }

    private AuditEntry entryForCall(String action, Long caseId, String detail, String outcome,
                                    String claimedUsername) {
        Principal p = session.getCallerPrincipal();
        boolean anonymous = p == null || "anonymous".equals(p.getName());
        if (anonymous && claimedUsername != null && !claimedUsername.isBlank()) {
            String name = claimedUsername.strip();
            name = name.length() > 64 ? name.substring(0, 64) : name;
            return entry(name, null, null, action, caseId, detail, outcome);
        }
        return entryAs(anonymous ? Actor.SYSTEM.username() : p.getName(), action, caseId, detail, outcome);
    }

    private void recordAs(String username, String action, Long caseId, String detail, String outcome) {
        em.persist(entryAs(username, action, caseId, detail, outcome));
    }

    private AuditEntry entryAs(String username, String action, Long caseId, String detail, String outcome) {
        Caller caller = null;
        if (!Actor.SYSTEM.username().equals(username)) {
            try {
                caller = callers.of(() -> username);
            } catch (NotFoundException unknown) {
                caller = null;
            }
        }
        return entry(username, caller == null || caller.role() == null ? null : caller.role().name(),
                caller == null ? null : organization(caller), action, caseId, detail, outcome);
    }

    /** The entries of one case in the order they were written (id order). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AuditEntry> forCase(Long caseId) {
        return em.createNamedQuery("AuditEntry.byCase", AuditEntry.class).setParameter("caseId", caseId)
                .getResultList();
    }

    /**
     * Seals up to {@code max} committed unsealed entries, oldest id first, onto the chain, in this transaction and
     * under the head's lock ({@code SELECT … FOR UPDATE}), so that concurrent sealers — the timer, a verification,
     * another cluster node — chain each entry once and the chain stays linear. An entry committed after a sealed one
     * with a higher id (their transactions overlapped) is simply chained later. When no entry waits, nothing is locked
     * or written. Pre-V9 rows that were never sealed are unsealed rows like any other.
     *
     * @param max the most entries sealed in this transaction (≥ 1)
     * @return how many entries were sealed; fewer than {@code max} when none waits any more
     */
    public int seal(int max) {
        if (em.createNamedQuery("AuditEntry.anyUnsealed", Long.class).setMaxResults(1).getResultList().isEmpty()) {
            return 0;
        }
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("audit_chain_head is missing (migration V9)");
        }
        List<AuditEntry> rows = em.createNamedQuery("AuditEntry.unsealed", AuditEntry.class).setMaxResults(max)
                .getResultList();
        rows.forEach(head::chain);
        return rows.size();
    }

    /** How many committed entries are not sealed yet. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long unsealed() {
        return em.createNamedQuery("AuditEntry.countUnsealed", Long.class).getSingleResult();
    }

    private AuditEntry entry(String username, String role, String organization, String action, Long caseId,
                             String detail, String outcome) {
        return new AuditEntry(clock.instant(), username, role, organization, action, caseId, detail,
                ClientAddress.current(address), outcome);
    }

    /**
     * The caller's organisation: a court or center code; none for a party, whose identity name is case information
     * that the log's readers (operators, HQ: metadata only) must not see.
     */
    private static String organization(Caller caller) {
        return caller.role() == Role.PARTY ? null : caller.orgCode();
    }
}

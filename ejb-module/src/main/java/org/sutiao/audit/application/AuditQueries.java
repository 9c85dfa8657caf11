package org.sutiao.audit.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.sutiao.audit.domain.AuditChain;
import org.sutiao.audit.domain.AuditChainHead;
import org.sutiao.audit.domain.AuditEntry;
import org.sutiao.audit.infrastructure.AuditExcel;
import org.sutiao.cases.application.CaseRepository;
import org.sutiao.cases.application.CaseScope;
import org.sutiao.identity.application.Caller;
import org.sutiao.identity.application.CallerLookup;
import org.sutiao.identity.domain.Role;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.NotFoundException;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reading the audit log: the viewer with its Excel export and the chain verification for operators and CCPIT HQ
 * (NIST SP 800-53 AU-6, AU-9(4): audit information for the few who review it), and a case's access trail for the
 * case's own parties, court and center (California Rules of Court r. 2.526: a limited trail for users; roles and
 * organisations, never usernames).
 */
@Stateless
@Audited
public class AuditQueries {
    /** The largest page of the viewer. */
    public static final int MAX_PAGE = 500;
    /** Rows read per keyset batch when streaming (verification, export). */
    static final int BATCH = 1000;
    /** The most rows one export writes (an .xlsx sheet holds 1,048,576). */
    public static final int MAX_EXPORT = 1_000_000;
    /** The most entries an access trail shows, newest first. */
    public static final int MAX_TRAIL = 500;

    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Inject
    AuditLog log;
    @Inject
    AuditChainSealer sealer;
    @Inject
    AuditExcel excel;
    @Inject
    CallerLookup callers;
    @Inject
    CaseRepository cases;
    @Resource
    SessionContext session;

    /** One page of the viewer, newest first, with the number of all matching entries. */
    public record AuditPage(long total, List<AuditEntry> items) {
    }

    /**
     * One entry of a case's access trail.
     *
     * @param role         the actor's role name, null for the platform itself
     * @param organization court or center code, a party's identity name, or null
     */
    public record Access(Instant at, String role, String organization, String action) {
    }

    /**
     * The entries matching the filter, newest (highest id) first. Reading the log is itself recorded in it (NIST SP
     * 800-53 AU-9: access to audit information is audited).
     *
     * @param size page size, 1 to {@value #MAX_PAGE}
     * @throws InvalidInputException on a negative {@code first} or a size out of range
     */
    @RolesAllowed({Role.OPERATOR_ROLE, Role.HQ})
    @Audited
    public AuditPage searchLog(AuditFilter filter, int first, int size) {
        if (first < 0) {
            throw new InvalidInputException("first", "validation.min", 0);
        }
        if (size < 1 || size > MAX_PAGE) {
            throw new InvalidInputException("size", "validation.range", 1, MAX_PAGE);
        }
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        TypedQuery<Long> count = em.createQuery("select count(a) from AuditEntry a" + where, Long.class);
        params.forEach(count::setParameter);
        TypedQuery<AuditEntry> page = em.createQuery("select a from AuditEntry a" + where + " order by a.id desc",
                AuditEntry.class);
        params.forEach(page::setParameter);
        return new AuditPage(count.getSingleResult(), page.setFirstResult(first).setMaxResults(size).getResultList());
    }

    /** How many entries match the filter (a list's page count; not itself recorded: the page read is). */
    @RolesAllowed({Role.OPERATOR_ROLE, Role.HQ})
    public long countLog(AuditFilter filter) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> count = em.createQuery("select count(a) from AuditEntry a" + where(filter, params), Long.class);
        params.forEach(count::setParameter);
        return count.getSingleResult();
    }

    /**
     * Writes the entries matching the filter, newest first, as an .xlsx workbook in the reader's language (at most
     * {@value #MAX_EXPORT} rows). Recorded in the log itself.
     *
     * @return the number of rows written
     */
    @RolesAllowed({Role.OPERATOR_ROLE, Role.HQ})
    @Audited
    public int exportXlsx(AuditFilter filter, Locale locale, OutputStream out) throws IOException {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        String jpql = "select a from AuditEntry a" + where + (where.isEmpty() ? " where" : " and")
                + " a.id < :before order by a.id desc";
        return excel.write(locale, out, sink -> {
            long before = Long.MAX_VALUE;
            int written = 0;
            while (written < MAX_EXPORT) {
                TypedQuery<AuditEntry> q = em.createQuery(jpql, AuditEntry.class);
                params.forEach(q::setParameter);
                List<AuditEntry> batch = q.setParameter("before", before)
                        .setMaxResults(Math.min(BATCH, MAX_EXPORT - written)).getResultList();
                batch.forEach(sink);
                written += batch.size();
                if (batch.size() < BATCH) {
                    break;
                }
                before = batch.get(batch.size() - 1).id();
                em.clear();
            }
        });
    }

    /**
     * Verifies the whole chain in chain order, in keyset batches of {@value #BATCH} outside a transaction (constant
     * memory, no transaction timeout on tens of millions of rows), against the head as it was when verification
     * began. Every entry committed until then is sealed first ({@link AuditChainSealer#sealAll}); entries committed
     * meanwhile are left for the next run and reported as pending (their count), never as broken. Recorded in the log
     * itself.
     */
    @RolesAllowed({Role.OPERATOR_ROLE, Role.HQ})
    @Audited
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Verification verify() {
        sealer.sealAll();
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        long after = 0;
        while (true) {
            List<AuditEntry> batch = em.createNamedQuery("AuditEntry.chain", AuditEntry.class)
                    .setParameter("after", after).setParameter("until", head.lastPosition())
                    .setMaxResults(BATCH).getResultList();
            batch.forEach(verifier::accept);
            if (batch.size() < BATCH) {
                break;
            }
            after = verifier.lastPosition();
        }
        AuditChain.Result r = verifier.finish(head);
        return new Verification(r.intact(), r.entries(), r.firstBrokenId(), log.unsealed());
    }

    /**
     * The case's access trail, newest first (at most {@value #MAX_TRAIL}): when, which role of which organisation,
     * which action; acts carried out only, never usernames, addresses or details.
     *
     * @throws NotFoundException for anyone but the case's parties, its court (clerks and the court system) and its
     *                           center's admin, and for a case outside the caller's scope (the same answer)
     */
    @PermitAll
    public List<Access> accessTrail(Long caseId) {
        Caller caller = callers.of(session.getCallerPrincipal());
        Role role = caller.role();
        if (role != Role.PARTY && role != Role.COURT_CLERK && role != Role.COURT_SYSTEM
                && role != Role.CENTER_ADMIN) {
            throw new NotFoundException("case.notFound", caseId);
        }
        cases.inScope(caseId, CaseScope.of(caller));
        List<Access> out = new ArrayList<>();
        em.createQuery("select a from AuditEntry a where a.caseId = :c and a.outcome = :ok order by a.id desc",
                        AuditEntry.class)
                .setParameter("c", caseId).setParameter("ok", AuditEntry.OK).setMaxResults(MAX_TRAIL)
                .getResultList().forEach(a -> out.add(new Access(a.at(), a.role(), a.organization(), a.action())));
        return out;
    }

    private static String where(AuditFilter f, Map<String, Object> params) {
        List<String> conds = new ArrayList<>();
        add(conds, params, "a.caseId = :caseId", "caseId", f.caseId());
        add(conds, params, "a.username = :username", "username", blankToNull(f.username()));
        add(conds, params, "a.organization = :organization", "organization", blankToNull(f.organization()));
        add(conds, params, "a.action = :action", "action", blankToNull(f.action()));
        add(conds, params, "a.at >= :from", "from", f.from());
        add(conds, params, "a.at < :to", "to", f.to());
        return conds.isEmpty() ? "" : " where " + String.join(" and ", conds);
    }

    private static void add(List<String> conds, Map<String, Object> params, String cond, String name, Object value) {
        if (value != null) {
            conds.add(cond);
            params.put(name, value);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

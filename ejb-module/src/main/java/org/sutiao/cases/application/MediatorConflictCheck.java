package org.sutiao.cases.application;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.sutiao.cases.domain.MediationCase;
import org.sutiao.cases.domain.Party;
import org.sutiao.roster.domain.ConflictMatcher;
import org.sutiao.roster.domain.ConflictMatcher.Hit;
import org.sutiao.roster.domain.ConflictMatcher.Link;
import org.sutiao.roster.domain.ConflictMatcher.Source;
import org.sutiao.roster.domain.ConflictMatcher.Subject;
import org.sutiao.roster.domain.Mediator;
import org.sutiao.shared.domain.MessageRef;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The conflict check on assignment (在线调解规则 Art. 13; 特邀调解规定 Art. 15): the case's parties and their agents
 * against the mediator's current declared relationships, the mediator themself, and the people and companies on the
 * other side of the cases in which the mediator appeared as party (same ID number) or agent (same name).
 *
 * <p>One decision for one mediator (accept, replace) and for every candidate of a dialog at once: {@link #check}
 * is {@link #checkAll} for a list of one. Whatever the number of mediators, the check costs two indexed queries
 * (issue 10: the accept dialog at 1,000,000 cases): the current declared relationships of all of them, and the
 * parties of the other cases in which one of them appeared as party or agent (indexes {@code party_id_number},
 * {@code party_agent_name} and {@code party_case}, migration V20), as a projection with the prior case's number and
 * center code.
 *
 * <p>What it returns is decided here, once, for the accepting center ({@link ConflictFinding}): a prior case of
 * another center is never named (no case number, no names of its parties) — the center learns only that the
 * mediator has a prior relation with a party of its own case (在线调解规则 Art. 29, confidentiality).
 */
@Dependent
public class MediatorConflictCheck {
    /** Values per {@code IN} list: far below any database's bind-parameter limit (PostgreSQL 32,767). */
    static final int CHUNK = 500;

    @PersistenceContext(unitName = "sutiao")
    EntityManager em;

    /** The findings for assigning {@code m} to {@code c}, as {@code c}'s center may see them; empty when none. */
    public List<ConflictFinding> check(MediationCase c, Mediator m) {
        return checkAll(c, List.of(m)).get(m);
    }

    /**
     * The findings for assigning each of {@code mediators} to {@code c}, as {@code c}'s center may see them: the
     * same as {@link #check} one by one, in two queries for all of them.
     *
     * @return every mediator given (in the order given) with its findings, an empty list when none
     */
    public Map<Mediator, List<ConflictFinding>> checkAll(MediationCase c, List<Mediator> mediators) {
        List<Subject> parties = new ArrayList<>();
        for (Party p : c.parties()) {
            parties.add(new Subject(p.name(), p.identityCode()));
            if (p.agentName() != null && !p.agentName().isBlank()) {
                parties.add(new Subject(p.agentName(), null));
            }
        }
        Map<Mediator, List<ConflictFinding>> result = new LinkedHashMap<>();
        if (mediators.isEmpty()) {
            return result;
        }
        Map<Long, List<Link>> declared = declaredLinks(mediators);
        List<PriorRow> prior = priorRows(c, mediators);
        for (Mediator m : mediators) {
            if (result.containsKey(m)) {
                continue;
            }
            List<Link> links = new ArrayList<>();
            links.add(new Link(new Subject(m.name(), m.idNumber()), Source.SELF, m.code()));
            links.addAll(declared.getOrDefault(m.id(), List.of()));
            Map<Link, String> priorCenters = new IdentityHashMap<>();
            links.addAll(priorCaseLinks(m, prior, priorCenters));
            List<ConflictFinding> findings = new ArrayList<>();
            for (Hit h : ConflictMatcher.match(parties, links)) {
                ConflictFinding f = finding(c, h, priorCenters.get(h.link()));
                if (!findings.contains(f)) {
                    findings.add(f);
                }
            }
            result.put(m, List.copyOf(findings));
        }
        return result;
    }

    /** The findings as one message argument for {@code mediator.conflict}, in the reader's language. */
    public static List<MessageRef> describe(List<ConflictFinding> findings) {
        return findings.stream().map(ConflictFinding::message).toList();
    }

    /** A hit as the center of {@code current} may see it: another center's case stays unnamed. */
    static ConflictFinding finding(MediationCase current, Hit h, MediationCase prior) {
        return finding(current, h, prior == null || prior.center() == null ? null : prior.center().code());
    }

    /**
     * A hit as the center of {@code current} may see it: another center's case stays unnamed.
     *
     * @param priorCenterCode the code of the center holding the prior case (PRIOR_CASE), else null
     */
    static ConflictFinding finding(MediationCase current, Hit h, String priorCenterCode) {
        return switch (h.link().source()) {
            case DECLARED -> new ConflictFinding(h.partyName(), ConflictFinding.Kind.DECLARED,
                    h.link().subject().name(), h.link().relation(), null);
            case SELF -> new ConflictFinding(h.partyName(), ConflictFinding.Kind.SELF, null, null, null);
            case PRIOR_CASE -> priorCenterCode != null && current.center() != null
                    && priorCenterCode.equals(current.center().code())
                    ? new ConflictFinding(h.partyName(), ConflictFinding.Kind.PRIOR_CASE, h.link().subject().name(),
                    null, h.link().relation())
                    : new ConflictFinding(h.partyName(), ConflictFinding.Kind.PRIOR_CASE_ELSEWHERE, null, null, null);
        };
    }

    /** The current declared relationships of the mediators, by mediator id, newest declaration first. */
    private Map<Long, List<Link>> declaredLinks(List<Mediator> mediators) {
        Map<Long, List<Link>> links = new HashMap<>();
        for (List<Long> ids : chunks(mediators.stream().map(Mediator::id).filter(Objects::nonNull).distinct()
                .toList())) {
            for (Object[] r : em.createQuery("select r.mediator.id, r.counterpartName, r.counterpartCode, r.relation"
                            + " from MediatorRelationship r where r.mediator.id in :ids and r.withdrawnAt is null"
                            + " order by r.declaredAt desc, r.id", Object[].class)
                    .setParameter("ids", ids).getResultList()) {
                links.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(new Link(
                        new Subject((String) r[1], (String) r[2]), Source.DECLARED, (String) r[3]));
            }
        }
        return links;
    }

    /**
     * One party of another case in which a mediator may have appeared: {@code own*} is the party whose ID number or
     * agent name matched a mediator, {@code other*} a party of the same case (the own party itself included).
     */
    record PriorRow(long ownId, String ownIdNumber, String ownAgentName, long otherId, String otherName,
                    String otherCode, String caseNumber, String centerCode) {
    }

    /**
     * Every party of the other cases in which a party has one of the mediators' ID numbers or an agent one of their
     * names, with the party that matched: one query (per {@link #CHUNK} names), by the indexes on
     * {@code party.id_number}, {@code party.agent_name} and {@code party.case_id}.
     */
    private List<PriorRow> priorRows(MediationCase current, List<Mediator> mediators) {
        List<String> idNumbers = mediators.stream().map(Mediator::idNumber).filter(Objects::nonNull).distinct()
                .toList();
        List<String> names = mediators.stream().map(Mediator::name).filter(Objects::nonNull).distinct().toList();
        List<PriorRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int n = Math.max(idNumbers.size(), names.size());
        for (int from = 0; from < n; from += CHUNK) {
            List<String> ids = idNumbers.subList(Math.min(from, idNumbers.size()),
                    Math.min(from + CHUNK, idNumbers.size()));
            List<String> agents = names.subList(Math.min(from, names.size()), Math.min(from + CHUNK, names.size()));
            // an empty IN list is not valid SQL everywhere: leave that side out instead
            String match = ids.isEmpty() ? "own.agentName in :names"
                    : agents.isEmpty() ? "own.idNumber in :ids"
                    : "(own.idNumber in :ids or own.agentName in :names)";
            TypedQuery<Object[]> q = em.createQuery("select own.id, own.idNumber, own.agentName, o.id, o.name,"
                    + " o.creditCode, o.idNumber, o.foreignRegistrationNo, c.caseNumber, ctr.code"
                    + " from Party own join own.mediationCase c left join c.center ctr join c.parties o"
                    + " where c.id <> :caseId and " + match + " order by c.id, o.seq, o.id", Object[].class)
                    .setParameter("caseId", current.id() == null ? -1L : current.id());
            if (!ids.isEmpty()) {
                q.setParameter("ids", ids);
            }
            if (!agents.isEmpty()) {
                q.setParameter("names", agents);
            }
            for (Object[] r : q.getResultList()) {
                // a party matched by both sides of two chunks comes back twice
                if (seen.add(r[0] + "/" + r[3])) {
                    rows.add(new PriorRow((Long) r[0], (String) r[1], (String) r[2], (Long) r[3], (String) r[4],
                            Party.identityCode((String) r[5], (String) r[6], (String) r[7]), (String) r[8],
                            (String) r[9]));
                }
            }
        }
        return rows;
    }

    /**
     * The links of one mediator to the other side of its prior cases: the parties of every case in which a party
     * has the mediator's ID number or an agent the mediator's name, less those matching parties themselves.
     */
    static List<Link> priorCaseLinks(Mediator m, List<PriorRow> rows, Map<Link, String> centers) {
        Set<Long> own = new HashSet<>();
        for (PriorRow r : rows) {
            if (isMediator(m, r)) {
                own.add(r.ownId());
            }
        }
        if (own.isEmpty()) {
            return List.of();
        }
        List<Link> links = new ArrayList<>();
        Set<Long> added = new LinkedHashSet<>();
        for (PriorRow r : rows) {
            if (own.contains(r.ownId()) && !own.contains(r.otherId()) && added.add(r.otherId())) {
                Link link = new Link(new Subject(r.otherName(), r.otherCode()), Source.PRIOR_CASE, r.caseNumber());
                centers.put(link, r.centerCode());
                links.add(link);
            }
        }
        return links;
    }

    /** The rule of the prior-case query, for one mediator: same ID number, or an agent of the same name. */
    private static boolean isMediator(Mediator m, PriorRow r) {
        return m.idNumber() != null && m.idNumber().equals(r.ownIdNumber())
                || m.name() != null && m.name().equals(r.ownAgentName());
    }

    private static <T> List<List<T>> chunks(List<T> values) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < values.size(); from += CHUNK) {
            chunks.add(values.subList(from, Math.min(from + CHUNK, values.size())));
        }
        return chunks;
    }
}

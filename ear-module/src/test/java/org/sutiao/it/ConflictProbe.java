package org.sutiao.it;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sutiao.cases.application.ConflictFinding;
import org.sutiao.cases.application.MediatorConflictCheck;
import org.sutiao.cases.domain.MediationCase;
import org.sutiao.cases.domain.Party;
import org.sutiao.roster.domain.ConflictMatcher;
import org.sutiao.roster.domain.ConflictMatcher.Link;
import org.sutiao.roster.domain.ConflictMatcher.Source;
import org.sutiao.roster.domain.ConflictMatcher.Subject;
import org.sutiao.roster.domain.Mediator;
import org.sutiao.roster.domain.MediatorRelationship;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the conflict check inside the server three ways for every active mediator of a case's center: all at once
 * ({@link MediatorConflictCheck#checkAll}, the dialogs), one by one ({@link MediatorConflictCheck#check}, accept and
 * replace), and by the rule as first written — one mediator at a time with entity queries — as the oracle the
 * batch must agree with (deployed in test.war only).
 */
@Stateless
public class ConflictProbe {
    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Inject
    MediatorConflictCheck conflicts;

    /** {@link MediatorConflictCheck#checkAll} for the center's active mediators, by mediator code. */
    public Map<String, List<ConflictFinding>> atOnce(Long caseId) {
        MediationCase c = em.find(MediationCase.class, caseId);
        Map<String, List<ConflictFinding>> byCode = new LinkedHashMap<>();
        conflicts.checkAll(c, candidates(c)).forEach((m, f) -> byCode.put(m.code(), f));
        return byCode;
    }

    /** {@link MediatorConflictCheck#check} for each of the center's active mediators, by mediator code. */
    public Map<String, List<ConflictFinding>> oneByOne(Long caseId) {
        MediationCase c = em.find(MediationCase.class, caseId);
        Map<String, List<ConflictFinding>> byCode = new LinkedHashMap<>();
        for (Mediator m : candidates(c)) {
            byCode.put(m.code(), conflicts.check(c, m));
        }
        return byCode;
    }

    /** The rule as first written (one mediator, its own queries, whole entities), by mediator code. */
    public Map<String, List<ConflictFinding>> byFirstRule(Long caseId) {
        MediationCase c = em.find(MediationCase.class, caseId);
        Map<String, List<ConflictFinding>> byCode = new LinkedHashMap<>();
        for (Mediator m : candidates(c)) {
            byCode.put(m.code(), firstRule(c, m));
        }
        return byCode;
    }

    private List<Mediator> candidates(MediationCase c) {
        return em.createNamedQuery("Mediator.activeByCenter", Mediator.class)
                .setParameter("centerCode", c.center().code()).getResultList();
    }

    private List<ConflictFinding> firstRule(MediationCase c, Mediator m) {
        List<Subject> parties = new ArrayList<>();
        for (Party p : c.parties()) {
            parties.add(new Subject(p.name(), p.identityCode()));
            if (p.agentName() != null && !p.agentName().isBlank()) {
                parties.add(new Subject(p.agentName(), null));
            }
        }
        List<Link> links = new ArrayList<>();
        links.add(new Link(new Subject(m.name(), m.idNumber()), Source.SELF, m.code()));
        for (MediatorRelationship r : em.createNamedQuery("MediatorRelationship.byMediator",
                MediatorRelationship.class).setParameter("mediator", m).getResultList()) {
            if (r.isCurrent()) {
                links.add(new Link(new Subject(r.counterpartName(), r.counterpartCode()), Source.DECLARED,
                        r.relation()));
            }
        }
        Map<Link, MediationCase> priorCases = new IdentityHashMap<>();
        var query = m.idNumber() == null
                ? em.createQuery("select p from Party p where p.mediationCase.id <> :caseId and p.agentName = :name",
                Party.class)
                : em.createQuery("select p from Party p where p.mediationCase.id <> :caseId and"
                + " (p.idNumber = :idNumber or p.agentName = :name)", Party.class).setParameter("idNumber", m.idNumber());
        List<Party> own = query.setParameter("caseId", c.id()).setParameter("name", m.name()).getResultList();
        if (!own.isEmpty()) {
            Set<Long> ownIds = own.stream().map(Party::id).collect(Collectors.toSet());
            Set<Long> caseIds = own.stream().map(p -> p.mediationCase().id()).collect(Collectors.toSet());
            for (Party p : em.createQuery("select p from Party p where p.mediationCase.id in :ids", Party.class)
                    .setParameter("ids", caseIds).getResultList()) {
                if (!ownIds.contains(p.id())) {
                    Link link = new Link(new Subject(p.name(), p.identityCode()), Source.PRIOR_CASE,
                            p.mediationCase().caseNumber());
                    priorCases.put(link, p.mediationCase());
                    links.add(link);
                }
            }
        }
        List<ConflictFinding> findings = new ArrayList<>();
        for (ConflictMatcher.Hit h : ConflictMatcher.match(parties, links)) {
            MediationCase prior = priorCases.get(h.link());
            ConflictFinding f = switch (h.link().source()) {
                case DECLARED -> new ConflictFinding(h.partyName(), ConflictFinding.Kind.DECLARED,
                        h.link().subject().name(), h.link().relation(), null);
                case SELF -> new ConflictFinding(h.partyName(), ConflictFinding.Kind.SELF, null, null, null);
                case PRIOR_CASE -> prior.center().code().equals(c.center().code())
                        ? new ConflictFinding(h.partyName(), ConflictFinding.Kind.PRIOR_CASE,
                        h.link().subject().name(), null, prior.caseNumber())
                        : new ConflictFinding(h.partyName(), ConflictFinding.Kind.PRIOR_CASE_ELSEWHERE, null, null,
                        null);
            };
            if (!findings.contains(f)) {
                findings.add(f);
            }
        }
        return findings;
    }
}

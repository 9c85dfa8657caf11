package org.sutiao.cases.application;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sutiao.cases.domain.MediationCase;
import org.sutiao.cases.domain.Party;
import org.sutiao.roster.domain.ConflictMatcher;
import org.sutiao.roster.domain.ConflictMatcher.Hit;
import org.sutiao.roster.domain.ConflictMatcher.Link;
import org.sutiao.roster.domain.ConflictMatcher.Source;
import org.sutiao.roster.domain.ConflictMatcher.Subject;
import org.sutiao.roster.domain.Mediator;
import org.sutiao.roster.domain.MediatorRelationship;
import org.sutiao.shared.domain.MessageRef;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The conflict check on assignment (在线调解规则 Art. 13; 特邀调解规定 Art. 15): the case's parties and their agents
 * against the mediator's current declared relationships, the mediator themself, and the people and companies on the
 * other side of the cases in which the mediator appeared as party (same ID number) or agent (same name).
 *
 * <p>What it returns is decided here, once, for the accepting center ({@link ConflictFinding}): a prior case of
 * another center is never named (no case number, no names of its parties) — the center learns only that the
 * mediator has a prior relation with a party of its own case (在线调解规则 Art. 29, confidentiality).
 */
@Dependent
public class MediatorConflictCheck {
    @PersistenceContext(unitName = "sutiao")
    EntityManager em;

    /** The findings for assigning {@code m} to {@code c}, as {@code c}'s center may see them; empty when none. */
    public List<ConflictFinding> check(MediationCase c, Mediator m) {
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
        links.addAll(priorCaseLinks(c, m, priorCases));
        List<ConflictFinding> findings = new ArrayList<>();
        for (Hit h : ConflictMatcher.match(parties, links)) {
            ConflictFinding f = finding(c, h, priorCases.get(h.link()));
            if (!findings.contains(f)) {
                findings.add(f);
            }
        }
        return findings;
    }

    /** The findings as one message argument for {@code mediator.conflict}, in the reader's language. */
    public static List<MessageRef> describe(List<ConflictFinding> findings) {
        return findings.stream().map(ConflictFinding::message).toList();
    }

    /** A hit as the center of {@code current} may see it: another center's case stays unnamed. */
    static ConflictFinding finding(MediationCase current, Hit h, MediationCase prior) {
        return switch (h.link().source()) {
            case DECLARED -> new ConflictFinding(h.partyName(), ConflictFinding.Kind.DECLARED,
                    h.link().subject().name(), h.link().relation(), null);
            case SELF -> new ConflictFinding(h.partyName(), ConflictFinding.Kind.SELF, null, null, null);
            case PRIOR_CASE -> prior != null && prior.center() != null && current.center() != null
                    && prior.center().code().equals(current.center().code())
                    ? new ConflictFinding(h.partyName(), ConflictFinding.Kind.PRIOR_CASE, h.link().subject().name(),
                    null, prior.caseNumber())
                    : new ConflictFinding(h.partyName(), ConflictFinding.Kind.PRIOR_CASE_ELSEWHERE, null, null, null);
        };
    }

    private List<Link> priorCaseLinks(MediationCase current, Mediator m, Map<Link, MediationCase> cases) {
        // a null parameter in "is not null" fails on PostgreSQL: two queries instead of one
        var query = m.idNumber() == null
                ? em.createQuery("select p from Party p where p.mediationCase.id <> :caseId and p.agentName = :name",
                Party.class)
                : em.createQuery("select p from Party p where p.mediationCase.id <> :caseId and"
                + " (p.idNumber = :idNumber or p.agentName = :name)", Party.class).setParameter("idNumber", m.idNumber());
        List<Party> own = query.setParameter("caseId", current.id()).setParameter("name", m.name()).getResultList();
        if (own.isEmpty()) {
            return List.of();
        }
        Set<Long> ownIds = own.stream().map(Party::id).collect(Collectors.toSet());
        Set<Long> caseIds = own.stream().map(p -> p.mediationCase().id()).collect(Collectors.toSet());
        List<Link> links = new ArrayList<>();
        for (Party p : em.createQuery("select p from Party p where p.mediationCase.id in :ids", Party.class)
                .setParameter("ids", caseIds).getResultList()) {
            if (!ownIds.contains(p.id())) {
                Link link = new Link(new Subject(p.name(), p.identityCode()), Source.PRIOR_CASE,
                        p.mediationCase().caseNumber());
                cases.put(link, p.mediationCase());
                links.add(link);
            }
        }
        return links;
    }
}

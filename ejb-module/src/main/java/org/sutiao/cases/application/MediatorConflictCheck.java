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

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The conflict check on assignment (在线调解规则 Art. 13; 特邀调解规定 Art. 15): the case's parties and their agents
 * against the mediator's current declared relationships, the mediator themself, and the people and companies on the
 * other side of the cases in which the mediator appeared as party (same ID number) or agent (same name).
 */
@Dependent
public class MediatorConflictCheck {
    @PersistenceContext(unitName = "sutiao")
    EntityManager em;

    /** The hits for assigning {@code m} to {@code c}; empty when there is no conflict. */
    public List<Hit> check(MediationCase c, Mediator m) {
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
        links.addAll(priorCaseLinks(c, m));
        return ConflictMatcher.match(parties, links);
    }

    /** The hits for a message: {@code 甲公司 ↔ 甲公司（曾任法律顾问）; …}. */
    public static String describe(List<Hit> hits) {
        return hits.stream().map(MediatorConflictCheck::describe).collect(Collectors.joining("; "));
    }

    /** One hit: the party and what it matched, with the relation or the other case. */
    public static String describe(Hit h) {
        return h.partyName() + " ↔ " + h.link().subject().name() + "（" + h.link().relation() + "）";
    }

    private List<Link> priorCaseLinks(MediationCase current, Mediator m) {
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
                links.add(new Link(new Subject(p.name(), p.identityCode()), Source.PRIOR_CASE,
                        p.mediationCase().caseNumber()));
            }
        }
        return links;
    }
}

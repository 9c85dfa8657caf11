package org.sutiao.cases.application;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sutiao.cases.domain.MediationCase;
import org.sutiao.cases.domain.Party;
import org.sutiao.cases.domain.PartyInvitation;
import org.sutiao.identity.domain.UserAccount;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Invites the parties of a case who have no confirmed account, through the contact details given (人民法院在线调解规则
 * Art. 17), and tells per party whether its account is confirmed or an invitation went out. Runs in the caller's
 * transaction.
 */
@Dependent
public class PartyInvitations {
    /** A party's account state on the case page: confirmed, invited (channel and address), or neither. */
    public enum AccountState { CONFIRMED, INVITED, NONE }

    @PersistenceContext(unitName = "sutiao")
    EntityManager em;

    /** Sends an invitation to each selected party of {@code c} whose identity no account has confirmed yet. */
    public void invite(MediationCase c, Predicate<Party> which, Instant at) {
        Set<String> confirmed = confirmedKeys(c.parties());
        for (Party p : c.parties()) {
            if (which.test(p) && (p.identityKey() == null || !confirmed.contains(p.identityKey()))) {
                PartyInvitation.to(p, at).ifPresent(em::persist);
            }
        }
    }

    /** Per party id: its account state. */
    public Map<Long, AccountState> states(MediationCase c) {
        Set<String> confirmed = confirmedKeys(c.parties());
        Set<Long> invited = new HashSet<>();
        for (PartyInvitation i : em.createNamedQuery("PartyInvitation.byCase", PartyInvitation.class)
                .setParameter("caseId", c.id()).getResultList()) {
            invited.add(i.party().id());
        }
        Map<Long, AccountState> states = new HashMap<>();
        for (Party p : c.parties()) {
            states.put(p.id(), p.identityKey() != null && confirmed.contains(p.identityKey()) ? AccountState.CONFIRMED
                    : invited.contains(p.id()) ? AccountState.INVITED : AccountState.NONE);
        }
        return states;
    }

    /** The invitations sent for a case, oldest first. */
    public List<PartyInvitation> sent(MediationCase c) {
        return em.createNamedQuery("PartyInvitation.byCase", PartyInvitation.class).setParameter("caseId", c.id())
                .getResultList();
    }

    private Set<String> confirmedKeys(Collection<Party> parties) {
        List<String> keys = parties.stream().map(Party::identityKey).filter(k -> k != null).toList();
        if (keys.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createNamedQuery("UserAccount.confirmedKeys", String.class)
                .setParameter("keys", keys).getResultList());
    }
}

package org.sutiao.cases.application;

import org.sutiao.cases.domain.MediationCase;
import org.sutiao.cases.domain.Party;
import org.sutiao.identity.application.Caller;
import org.sutiao.shared.domain.NotFoundException;

/**
 * Which party of a case a PARTY account acts for: the party whose identity is the account's confirmed identity, or
 * whose appointed agent it is (人民法院在线调解规则 Art. 17).
 */
public final class Participants {
    private Participants() {
    }

    /**
     * The caller's own party in the case.
     *
     * @throws NotFoundException when the caller is not a party of it (its existence is not disclosed)
     */
    public static Party party(MediationCase c, Caller caller) {
        return c.parties().stream().filter(p -> p.isActedForBy(caller.partyIdentity()))
                .findFirst().orElseThrow(() -> new NotFoundException("case.notFound", String.valueOf(c.id())));
    }
}

package org.sutiao.identity.application;

import org.sutiao.identity.domain.Role;
import org.sutiao.shared.domain.Actor;

/**
 * The authenticated user as the services see it.
 *
 * @param orgCode court code (court roles) or center code (HQ, center, mediator); null for parties
 * @param refId         mediator code of a MEDIATOR
 * @param partyIdentity a PARTY's confirmed identity key (the cases where it is a party or the agent); null before
 *                      the first-login confirmation and for other roles
 */
public record Caller(String username, String displayName, Role role, String orgCode, String refId,
                     String partyIdentity) {
    public Actor actor() {
        return new Actor(username, displayName);
    }
}

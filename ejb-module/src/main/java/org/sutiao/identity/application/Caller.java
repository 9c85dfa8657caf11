package org.sutiao.identity.application;

import org.sutiao.identity.domain.IdentityProof;
import org.sutiao.identity.domain.Role;
import org.sutiao.shared.domain.Actor;

/**
 * The authenticated user as the services see it.
 *
 * @param orgCode court code (court roles) or center code (HQ, center, mediator); null for parties
 * @param refId         mediator code of a MEDIATOR
 * @param partyIdentity a PARTY's confirmed identity key (the cases where it is a party or the agent); null before
 *                      the first-login confirmation and for other roles
 * @param partyName     the confirmed identity's name (company or person), or null
 * @param partyProof    how a PARTY's identity was proven ({@link IdentityProof}); null before confirmation
 * @param partyContact  for {@link IdentityProof#APPLICANT}, the contact it was proven with; else null
 */
public record Caller(String username, String displayName, Role role, String orgCode, String refId,
                     String partyIdentity, String partyName, IdentityProof partyProof, String partyContact) {
    /**
     * Who acts, as the timeline shows it: a confirmed party by its confirmed identity's name (not the display name
     * it chose), everyone else by the display name.
     */
    public Actor actor() {
        return new Actor(username, partyName != null ? partyName : displayName);
    }
}

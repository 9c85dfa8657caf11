package org.sutiao.cases.application;

import org.sutiao.audit.application.Audited;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sutiao.cases.domain.Material;
import org.sutiao.cases.domain.MaterialContent;
import org.sutiao.cases.domain.MaterialPolicy;
import org.sutiao.cases.domain.MediationCase;
import org.sutiao.identity.application.Caller;
import org.sutiao.identity.application.CallerLookup;
import org.sutiao.identity.domain.Role;
import org.sutiao.shared.domain.Hashes;
import org.sutiao.shared.domain.InvalidInputException;

import java.time.Clock;

/**
 * Documents added during a case by those taking part in it (the parties, the mediator, the center, the court):
 * evidence, written consents, minutes. The same rules as referral materials ({@link MaterialPolicy}: PDF, images,
 * Word; at most 20 MB); stored with its SHA-256; one timeline event each.
 */
@Stateless
@Audited
public class MaterialService {
    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Inject
    CallerLookup callers;
    @Inject
    CaseRepository repository;
    @Inject
    Clock clock;
    @Resource
    SessionContext session;

    /**
     * Adds a document to a case within the caller's scope.
     *
     * @throws InvalidInputException when the name is missing or unsafe, or the file breaks {@link MaterialPolicy}
     * @throws org.sutiao.shared.domain.NotFoundException outside scope
     */
    @RolesAllowed({Role.MEDIATOR_ROLE, Role.PARTY_ROLE, Role.CENTER, Role.CLERK})
    public Material add(Long caseId, String fileName, byte[] content) {
        Caller caller = callers.of(session.getCallerPrincipal());
        MediationCase c = repository.inScope(caseId, CaseScope.of(caller));
        if (fileName == null || fileName.isBlank() || ReferralRules.unsafeText(fileName)
                || ReferralRules.baseName(fileName).isEmpty() || fileName.length() > 200) {
            throw new InvalidInputException("fileName", "validation.fileName");
        }
        String type = MaterialPolicy.check("file", fileName, content);
        Material m = c.attachMaterial(ReferralRules.baseName(fileName), type, content.length,
                Hashes.sha256(content), clock.instant(), caller.actor());
        em.persist(m);
        em.persist(new MaterialContent(m, content));
        return m;
    }
}

package org.sutiao.agreements.application;

import org.sutiao.notification.domain.NoticeMove;
import org.sutiao.shared.domain.PlausibleDates;
import org.sutiao.audit.application.Audited;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sutiao.agreements.domain.Agreement;
import org.sutiao.agreements.domain.AgreementContent;
import org.sutiao.agreements.domain.AgreementSignature;
import org.sutiao.agreements.domain.Obligation;
import org.sutiao.agreements.domain.SignerRole;
import org.sutiao.agreements.infrastructure.AgreementPdf;
import org.sutiao.calendar.domain.DueDate;
import org.sutiao.cases.application.CaseAccess;
import org.sutiao.cases.application.CasePart;
import org.sutiao.cases.application.CaseRepository;
import org.sutiao.cases.application.CaseScope;
import org.sutiao.cases.application.MediationDeadlines;
import org.sutiao.cases.application.Participants;
import org.sutiao.cases.domain.Claim;
import org.sutiao.cases.domain.Deadline;
import org.sutiao.cases.domain.DeadlineKind;
import org.sutiao.cases.domain.DeadlineState;
import org.sutiao.cases.domain.EventType;
import org.sutiao.cases.domain.MaterialPolicy;
import org.sutiao.cases.domain.MediationCase;
import org.sutiao.cases.domain.Party;
import org.sutiao.identity.application.Caller;
import org.sutiao.identity.application.CallerLookup;
import org.sutiao.identity.domain.Role;
import org.sutiao.notification.application.NotificationService;
import org.sutiao.shared.domain.BusinessTime;
import org.sutiao.shared.domain.ConflictException;
import org.sutiao.shared.domain.Hashes;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The mediation agreement (notice 法办〔2024〕623号 §4(4)2; 在线调解规则 Art. 19; 特邀调解规定 Art. 22–24): the mediator
 * drafts it from the template (rendered as a PDF with Chinese text) or uploads a signed scan; every party, the
 * mediator and the center sign under their own logins, each signature bound to the SHA-256 of the exact document;
 * any change after a signature restarts signing; the last signature puts it in effect and settles the case. After
 * that, obligations are marked performed; when all are, the case closes (notice §4(4)5).
 */
@Stateless
@Audited
public class AgreementService {
    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Inject
    CallerLookup callers;
    @Inject
    CaseRepository repository;
    @Inject
    CaseAccess access;
    @Inject
    AgreementPdf pdf;
    @Inject
    MediationDeadlines deadlines;
    @Inject
    NotificationService notifications;
    @Inject
    Clock clock;
    @Resource
    SessionContext session;

    /** An agreement with its signatures (all revisions) and who still has to sign the current one. */
    public record AgreementView(Agreement agreement, List<AgreementSignature> signatures, List<String> missing) {
    }

    /**
     * The agreement of a case within the caller's scope.
     *
     * @throws NotFoundException when there is none, or outside scope
     */
    @RolesAllowed({Role.MEDIATOR_ROLE, Role.PARTY_ROLE, Role.CENTER, Role.CLERK, Role.SYSTEM, Role.HQ, Role.SUPERVISOR})
    public AgreementView view(Long caseId) {
        return view(access.read(caller(), caseId, CasePart.AGREEMENT).mediationCase());
    }

    private AgreementView view(MediationCase c) {
        Agreement a = find(c).orElseThrow(() -> new NotFoundException("agreement.notFound", String.valueOf(c.id())));
        List<AgreementSignature> sigs = signatures(a);
        return new AgreementView(a, sigs, missing(c, a, sigs));
    }

    /**
     * The exact document to sign (PDF, or the uploaded scan); audited.
     *
     * @throws NotFoundException  when there is none, or outside scope
     * @throws org.sutiao.shared.domain.ForbiddenException for a metadata-only caller without a grant
     */
    @RolesAllowed({Role.MEDIATOR_ROLE, Role.PARTY_ROLE, Role.CENTER, Role.CLERK, Role.SYSTEM, Role.HQ, Role.SUPERVISOR})
    public byte[] document(Long caseId) {
        return view(access.read(caller(), caseId, CasePart.AGREEMENT_DOCUMENT).mediationCase()).agreement().document();
    }

    /**
     * The mediator drafts or changes the agreement; the document is rendered from the template, or is the uploaded
     * signed scan. A change after a signature restarts signing.
     *
     * @param scan the signed scan (PDF or image), or null to render the template
     * @throws InvalidInputException when the content is invalid (fields listed) or the scan breaks the file rules
     * @throws ConflictException     when the agreement is already in effect or the case is not in mediation
     */
    @RolesAllowed(Role.MEDIATOR_ROLE)
    public AgreementView draft(Long caseId, AgreementContent content, String scanName, byte[] scan) {
        Caller caller = caller();
        MediationCase c = repository.inScope(caseId, CaseScope.of(caller));
        content.validate(c.claims().stream().map(Claim::seq).collect(Collectors.toSet()),
                c.parties().stream().map(Party::id).collect(Collectors.toSet()));
        Agreement existing = find(c).orElse(null);
        int revision = existing == null ? 1 : existing.revision() + 1;
        byte[] document;
        if (scan != null) {
            MaterialPolicy.check("scan", scanName == null ? "scan.pdf" : scanName, scan);
            document = scan;
        } else {
            document = pdf.render(c, content, revision);
        }
        String sha = Hashes.sha256(document);
        Instant now = clock.instant();
        boolean restarted = false;
        if (existing == null) {
            existing = new Agreement(c, content, document, sha, scan != null, now, caller.username());
            em.persist(existing);
        } else {
            restarted = signatures(existing).stream().anyMatch(AgreementSignature::current);
            existing.revise(content, document, sha, scan != null, now, caller.username());
        }
        c.recordAgreementDrafted(existing.revision(), restarted, now, caller.actor());
        em.flush();
        return view(c);
    }

    /**
     * Signs the current document. The caller signs as what they are in the case: a party, its mediator, or the
     * center admin (the center's seal).
     *
     * @param documentSha256 the hash of the document the signer saw
     * @throws ConflictException when the hash is not the current document's (it changed), the slot already signed,
     *                           or the agreement is in effect
     */
    @RolesAllowed({Role.MEDIATOR_ROLE, Role.PARTY_ROLE, Role.CENTER})
    public AgreementView sign(Long caseId, String documentSha256) {
        Caller caller = caller();
        MediationCase c = repository.inScope(caseId, CaseScope.of(caller));
        Agreement a = find(c).orElseThrow(() -> new NotFoundException("agreement.notFound", String.valueOf(caseId)));
        a.requireSignable(documentSha256);
        SignerRole role;
        Long partyId = null;
        String name;
        if (caller.role() == Role.PARTY) {
            Party p = Participants.party(c, caller);
            role = SignerRole.PARTY;
            partyId = p.id();
            name = p.name();
        } else if (caller.role() == Role.MEDIATOR) {
            role = SignerRole.MEDIATOR;
            name = c.mediator().name();
        } else {
            role = SignerRole.CENTER;
            name = c.center().name();
        }
        List<AgreementSignature> sigs = signatures(a);
        final SignerRole r = role;
        final Long pid = partyId;
        if (sigs.stream().filter(AgreementSignature::current).anyMatch(s -> s.sameSlot(r, pid))) {
            throw new ConflictException("agreement.signedAlready", name);
        }
        Instant now = clock.instant();
        AgreementSignature signature = new AgreementSignature(a, role, partyId, caller.username(), name, now);
        em.persist(signature);
        sigs.add(signature);
        if (missing(c, a, sigs).isEmpty()) {
            a.takeEffect(now, BusinessTime.dateOf(now));
            c.settle(a.scope(), name, now, caller.actor());
            deadlines.cancel(c, now);
            for (LocalDate due : a.obligations().stream().map(Obligation::dueDate).distinct().toList()) {
                em.persist(new Deadline(c, DeadlineKind.OBLIGATION_DUE, BusinessTime.startOf(due).plusSeconds(9 * 3600),
                        new DueDate(due, false)));
            }
            notifications.answered(NoticeMove.SETTLE, c.id());
            notifications.notifyOrg(c.center().code(), c.id(), "notice.agreementEffective", null, c.caseNumber());
            if (c.referringCourt() != null) {
                notifications.notifyOrg(c.referringCourt().code(), c.id(), "notice.agreementEffective", null,
                        c.caseNumber());
            }
        } else {
            c.recordSignature(name, now, caller.actor());
        }
        return new AgreementView(a, sigs, missing(c, a, sigs));
    }

    /**
     * A party or the mediator records that an obligation was performed (date, evidence); when every obligation is,
     * the case closes.
     *
     * @throws ConflictException when the agreement is not in effect or the obligation already performed
     */
    @RolesAllowed({Role.MEDIATOR_ROLE, Role.PARTY_ROLE})
    public AgreementView perform(Long caseId, int obligationSeq, LocalDate performedOn, String evidence) {
        Caller caller = caller();
        MediationCase c = repository.inScope(caseId, CaseScope.of(caller));
        if (caller.role() == Role.PARTY) {
            Participants.party(c, caller);
        }
        Agreement a = find(c).orElseThrow(() -> new NotFoundException("agreement.notFound", String.valueOf(caseId)));
        if (performedOn != null && performedOn.isAfter(BusinessTime.dateOf(clock.instant()))) {
            throw new InvalidInputException("performedOn", "agreement.performedInFuture");
        }
        if (performedOn != null
                && PlausibleDates.past("performedOn", performedOn, BusinessTime.dateOf(clock.instant())) != null) {
            throw new InvalidInputException(java.util.List.of(
                    PlausibleDates.past("performedOn", performedOn, BusinessTime.dateOf(clock.instant()))));
        }
        Obligation o = a.perform(obligationSeq, performedOn, evidence, caller.username());
        Instant now = clock.instant();
        String detail = "#" + o.seq() + " " + o.description() + " · " + performedOn;
        boolean dateDone = a.obligations().stream().filter(x -> x.dueDate().equals(o.dueDate()))
                .allMatch(Obligation::performed);
        if (dateDone) {
            // the center's reminder of that date is answered
            notifications.answeredByKey(NoticeMove.RECORD_PERFORMANCE,
                    org.sutiao.notification.domain.NoticeKind.obligationDueKey(c.id(), o.dueDate()));
        }
        if (a.allPerformed()) {
            c.closeSettled(EventType.PERFORMANCE_RECORDED, detail + " · all performed", now, caller.actor());
            deadlines.close(c, EnumSet.of(DeadlineKind.OBLIGATION_DUE, DeadlineKind.CONFIRMATION_REVIEW),
                    DeadlineState.CANCELLED, now);
        } else {
            c.recordAfterSettlement(EventType.PERFORMANCE_RECORDED, detail, now, caller.actor());
            if (dateDone) {
                for (Deadline d : em.createNamedQuery("Deadline.openByCase", Deadline.class)
                        .setParameter("caseId", c.id()).getResultList()) {
                    if (d.kind() == DeadlineKind.OBLIGATION_DUE && d.dueDate().equals(o.dueDate())) {
                        d.close(DeadlineState.MET, now);
                    }
                }
            }
        }
        return view(c);
    }

    /** The agreement of a case, if any (for other contexts; the caller checked scope). */
    @jakarta.annotation.security.PermitAll
    public java.util.Optional<Agreement> find(MediationCase c) {
        return em.createNamedQuery("Agreement.byCase", Agreement.class).setParameter("c", c).getResultStream().findFirst();
    }

    private List<AgreementSignature> signatures(Agreement a) {
        return new java.util.ArrayList<>(em.createNamedQuery("AgreementSignature.byAgreement", AgreementSignature.class)
                .setParameter("a", a).getResultList());
    }

    /** Who still has to sign the current revision: party names, then the mediator, then the center. */
    private static List<String> missing(MediationCase c, Agreement a, List<AgreementSignature> sigs) {
        List<AgreementSignature> current = sigs.stream().filter(s -> s.revision() == a.revision()).toList();
        List<String> missing = new java.util.ArrayList<>();
        for (Party p : c.parties()) {
            if (current.stream().noneMatch(s -> s.sameSlot(SignerRole.PARTY, p.id()))) {
                missing.add(p.name());
            }
        }
        if (current.stream().noneMatch(s -> s.role() == SignerRole.MEDIATOR)) {
            missing.add(c.mediator() == null ? "mediator" : c.mediator().name());
        }
        if (current.stream().noneMatch(s -> s.role() == SignerRole.CENTER)) {
            missing.add(c.center().name());
        }
        return missing;
    }

    private Caller caller() {
        return callers.of(session.getCallerPrincipal());
    }
}

package org.sutiao.roster.application;

import org.sutiao.audit.application.Audited;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sutiao.directory.domain.Court;
import org.sutiao.directory.domain.CourtLevel;
import org.sutiao.identity.domain.Role;
import org.sutiao.roster.domain.CenterKind;
import org.sutiao.roster.domain.CenterMerit;
import org.sutiao.roster.domain.MediationCenter;
import org.sutiao.roster.domain.MeritKind;
import org.sutiao.roster.domain.VenueKind;
import org.sutiao.shared.application.BoundaryValidator;
import org.sutiao.shared.domain.BusinessTime;
import org.sutiao.shared.domain.ConflictException;
import org.sutiao.shared.domain.Hashes;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.InvalidInputException.FieldError;
import org.sutiao.shared.domain.NotFoundException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * HQ manages the mediation centers and their construction facts (notice 法办〔2024〕623号 §4(2)): kind, parent, region or
 * industry, organisational form, office and venues, contacts, the process rules document, status. A center that is
 * not ACTIVE receives no referrals. Centers read their own record.
 */
@Stateless
@Audited
public class CenterService {
    /** Largest process-rules document, bytes (10 MB). */
    public static final int MAX_RULES_BYTES = 10 * 1024 * 1024;
    /** Accepted process-rules formats. */
    public static final Set<String> RULES_TYPES = Set.of("application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/msword");

    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Inject
    RosterAccess access;
    @Inject
    BoundaryValidator validator;
    @Inject
    Clock clock;

    /** Every center, by code (HQ). */
    @RolesAllowed(Role.HQ)
    public List<MediationCenter> centers() {
        return em.createNamedQuery("MediationCenter.all", MediationCenter.class).getResultList();
    }

    /**
     * One center: HQ any, a center admin its own.
     *
     * @throws NotFoundException otherwise
     */
    @RolesAllowed({Role.HQ, Role.CENTER})
    public MediationCenter center(String code) {
        return access.center(code, false);
    }

    /**
     * HQ commends a center from the evaluation dashboard (notice 法办〔2024〕623号 §5(3): outstanding centers get
     * positive incentives), kept as a {@link MeritKind#COMMENDATION} dated today (Beijing) on the center's record of
     * merits ({@code center_merit}); audited ({@code commendCenter}).
     *
     * @throws InvalidInputException on {@code reason} when it is missing or longer than 500 characters
     * @throws NotFoundException     when the center is unknown
     */
    @RolesAllowed(Role.HQ)
    public CenterMerit commendCenter(String centerCode, String reason) {
        MediationCenter c = access.center(centerCode, false);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "validation.required");
        }
        if (reason.strip().length() > 500) {
            throw new InvalidInputException("reason", "validation.size", 1, 500);
        }
        CenterMerit merit = new CenterMerit(c, MeritKind.COMMENDATION, BusinessTime.today(), reason.strip(),
                clock.instant(), access.username());
        em.persist(merit);
        return merit;
    }

    /** A center's commendations and sanctions, newest first (HQ any center, a center admin its own). */
    @RolesAllowed({Role.HQ, Role.CENTER})
    public List<CenterMerit> merits(String centerCode) {
        return em.createNamedQuery("CenterMerit.byCenter", CenterMerit.class)
                .setParameter("center", access.center(centerCode, false)).getResultList();
    }

    /**
     * Registers a new center (HQ).
     *
     * @param code stable code, {@code CCPIT-L-XX} for a local center or {@code CCPIT-I-XXX} for an industry one
     * @throws InvalidInputException when the code is malformed or taken, or the form is invalid
     */
    @RolesAllowed(Role.HQ)
    public MediationCenter create(String code, CenterKind kind, CenterForm form) {
        List<FieldError> extra = new ArrayList<>();
        if (code == null || !code.strip().matches("CCPIT-[LI]-[A-Z0-9]{2,8}")) {
            extra.add(new FieldError("code", "center.codeFormat"));
        } else if (!em.createNamedQuery("MediationCenter.byCode", MediationCenter.class)
                .setParameter("code", code.strip()).getResultList().isEmpty()) {
            extra.add(new FieldError("code", "center.codeTaken", code.strip()));
        }
        if (kind == null || kind == CenterKind.HQ) {
            extra.add(new FieldError("kind", "validation.required"));
        }
        extra.addAll(crossChecks(kind, form));
        if (form != null && code != null && code.strip().equals(form.parentCode() == null ? null : form.parentCode().strip())) {
            extra.add(new FieldError("parentCode", "center.ownParent"));
        }
        validator.check(form, extra);
        MediationCenter.CenterFacts f = form.facts();
        MediationCenter c = new MediationCenter(code.strip(), f.name(), kind, f.province(), f.industry(),
                f.parentCode(), f.address(), f.phone());
        c.updateConstruction(f, clock.instant(), access.username());
        seat(c, form);
        em.persist(c);
        return c;
    }

    /**
     * Replaces a center's construction facts (HQ).
     *
     * @param expectedVersion the version edited (stale → 409), or null
     * @throws InvalidInputException when the form is invalid; ConflictException when stale
     */
    @RolesAllowed(Role.HQ)
    public MediationCenter update(String code, CenterForm form, Long expectedVersion) {
        MediationCenter c = access.center(code, false);
        if (expectedVersion != null && expectedVersion != c.version()) {
            throw new ConflictException("center.staleVersion", c.name());
        }
        List<FieldError> extra = crossChecks(c.kind(), form);
        if (form != null && c.code().equals(form.parentCode() == null ? null : form.parentCode().strip())) {
            extra.add(new FieldError("parentCode", "center.ownParent"));
        }
        validator.check(form, extra);
        c.updateConstruction(form.facts(), clock.instant(), access.username());
        seat(c, form);
        return c;
    }

    /**
     * Stores the center's process rules (PDF or Word, ≤ 10 MB) with its SHA-256.
     *
     * @throws InvalidInputException when empty, too large or of another type
     */
    @RolesAllowed(Role.HQ)
    public MediationCenter uploadRules(String code, String fileName, String contentType, byte[] content) {
        MediationCenter c = access.center(code, false);
        if (fileName == null || fileName.isBlank() || fileName.length() > 200) {
            throw new InvalidInputException(InvalidInputException.FieldError.text("fileName", fileName, 200));
        }
        if (content == null || content.length == 0 || content.length > MAX_RULES_BYTES) {
            throw new InvalidInputException("file", "center.rulesSize", MAX_RULES_BYTES / 1024 / 1024);
        }
        if (contentType == null || !RULES_TYPES.contains(contentType)) {
            throw new InvalidInputException("file", "center.rulesType");
        }
        c.attachRules(fileName.strip(), contentType, content, Hashes.sha256(content), clock.instant(), access.username());
        return c;
    }

    /**
     * The basic courts a center may sit at (judicial confirmation of its direct applications, 民事诉讼法 Art. 205),
     * by code (so grouped by province: {@code BJ-B-0105}, {@code FJ-B-0203}, …) (HQ).
     */
    @RolesAllowed(Role.HQ)
    public List<Court> basicCourts() {
        return em.createNamedQuery("Court.all", Court.class).getResultStream()
                .filter(k -> k.level() == CourtLevel.BASIC)
                .toList();
    }

    /** The court chosen on the form, or when none is, the court derived from the center's address (maybe none). */
    private void seat(MediationCenter c, CenterForm form) {
        String chosen = form.confirmationCourt();
        c.confirmAt(chosen != null ? court(chosen).orElseThrow()
                : c.seatCourtAmong(em.createNamedQuery("Court.all", Court.class).getResultList()).orElse(null));
    }

    private java.util.Optional<Court> court(String code) {
        return em.createNamedQuery("Court.byCode", Court.class).setParameter("code", code).getResultStream().findFirst();
    }

    private List<FieldError> crossChecks(CenterKind kind, CenterForm form) {
        List<FieldError> errors = new ArrayList<>();
        if (form == null) {
            return errors;
        }
        if (kind == CenterKind.INDUSTRY && (form.industry() == null || form.industry().isBlank())) {
            errors.add(new FieldError("industry", "validation.required"));
        }
        if (form.parentCode() != null && !form.parentCode().isBlank() && em.createNamedQuery(
                "MediationCenter.byCode", MediationCenter.class).setParameter("code", form.parentCode().strip())
                .getResultList().isEmpty()) {
            errors.add(new FieldError("parentCode", "referral.unknownCenter", form.parentCode()));
        }
        if (form.venues() != null && form.venues().stream().noneMatch(v -> v != null && v.kind() == VenueKind.OFFICE)) {
            errors.add(new FieldError("venues", "center.officeRequired"));
        }
        String chosen = form.confirmationCourt();
        if (chosen != null) {
            Court k = court(chosen).orElse(null);
            if (k == null || k.level() != CourtLevel.BASIC) {
                errors.add(new FieldError("confirmationCourtCode", "center.confirmationCourtNotBasic", chosen));
            } else if (form.province() != null && !k.province().equals(form.province().strip())) {
                errors.add(new FieldError("confirmationCourtCode", "center.confirmationCourtProvince", k.name(),
                        form.province().strip()));
            }
        }
        return errors;
    }

}

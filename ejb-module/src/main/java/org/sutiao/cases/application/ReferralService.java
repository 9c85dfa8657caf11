package org.sutiao.cases.application;

import org.sutiao.shared.domain.PlausibleDates;
import org.sutiao.audit.application.Audited;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.sutiao.identity.application.Caller;
import org.sutiao.identity.application.CallerLookup;
import org.sutiao.identity.domain.Role;
import org.sutiao.shared.application.BoundaryValidator;

import org.sutiao.shared.domain.InvalidInputException;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A court refers a case to a center (委派 / 委托, notice 法办〔2024〕623号 §4(4)1), from a page or the docking API.
 * Idempotent: a retry with the same {@code Idempotency-Key}, or the same court case number from the same court,
 * returns the existing case and never makes a second one, also when duplicates arrive at the same moment (the
 * database's unique keys decide; the loser re-reads the winner's case in a transaction of its own, its own attempt
 * rolled back). One transaction per new referral: the check, the insert and the {@code refer} audit entry commit
 * together (issue 10 §2, intake).
 */
@Stateless
@Audited
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class ReferralService {
    /** Tolerance for the court's clock when checking that consent precedes the push. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    @Inject
    ReferralWriter writer;
    @Inject
    BoundaryValidator validator;
    @Inject
    CallerLookup callers;
    @Inject
    Clock clock;
    @Inject
    CaseAccess access;
    @Inject
    CaseQueryService queries;
    @Inject
    CaseRepository repository;
    @Inject
    org.sutiao.roster.application.InvitedRosterService invitedRoster;
    @Inject
    org.sutiao.directory.application.PilotRegionService regions;
    @Resource
    SessionContext session;

    /**
     * @param idempotencyKey the client's key for retries, or null
     * @return the case id, whether it was created now, and then the new case as the caller reads it
     * @throws org.sutiao.shared.domain.InvalidInputException on any invalid field (nothing stored)
     * @throws org.sutiao.shared.domain.ConflictException     when the key was used for another case number
     */
    @RolesAllowed({Role.CLERK, Role.SYSTEM})
    public ReferralResult refer(ReferralCommand command, String idempotencyKey) {
        Caller caller = callers.of(session.getCallerPrincipal());
        List<InvalidInputException.FieldError> errors = new ArrayList<>(ReferralRules.check(command));
        if (command.consentRecordedAt() != null
                && command.consentRecordedAt().isAfter(clock.instant().plus(CLOCK_SKEW))) {
            errors.add(new InvalidInputException.FieldError("consentRecordedAt", "referral.consentInFuture"));
        } else if (PlausibleDates.past("consentRecordedAt", command.consentRecordedAt(), clock.instant()) != null) {
            errors.add(PlausibleDates.past("consentRecordedAt", command.consentRecordedAt(), clock.instant()));
        }
        validator.check(command, errors);
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        try {
            ReferralResult result = writer.referIfNew(command, caller.orgCode(), key, clock.instant(), caller.actor());
            if (result.created()) {
                access.createdInThisRequest(caller, result.caseId());
                // the answer from the objects just stored, in this transaction: no second transaction re-reading them
                return new ReferralResult(result.caseId(), true, queries.detail(result.caseId()));
            }
            return result;
        } catch (DuplicateReferralException collision) {
            return writer.existing(caller.orgCode(), command.courtCaseNumber(), key)
                    .map(id -> new ReferralResult(id, false))
                    .orElseThrow(() -> collision);
        }
    }

    /**
     * Every center, each with whether the caller's court may refer a case to it today (Beijing date) and if not
     * why: the same checks as the intake ({@link CaseFactory#checkReferable}), which still decides on submit.
     * Referable centers first, each group by code.
     *
     * @throws org.sutiao.shared.domain.NotFoundException when the caller's court is unknown
     */
    @RolesAllowed(Role.CLERK)
    public List<CenterChoice> centerChoices() {
        Caller caller = callers.of(session.getCallerPrincipal());
        org.sutiao.directory.domain.Court court = repository.court(caller.orgCode())
                .orElseThrow(() -> new org.sutiao.shared.domain.NotFoundException("court.unknown", caller.orgCode()));
        java.time.LocalDate today = org.sutiao.shared.domain.BusinessTime.dateOf(clock.instant());
        java.util.Set<Long> invited = invitedRoster.invitedCenterIds(court, today);
        java.util.Map<String, Boolean> enabled = new java.util.HashMap<>();
        java.util.function.Predicate<String> regionEnabled = region -> region != null
                && enabled.computeIfAbsent(region, r -> regions.isEnabled(r, today));
        List<CenterChoice> choices = new ArrayList<>();
        for (org.sutiao.roster.domain.MediationCenter center : repository.centers()) {
            org.sutiao.shared.domain.ConflictException refusal = CaseFactory.refusal(court, center, invited,
                    regionEnabled);
            choices.add(new CenterChoice(center.code(), center.name(), center.shortName(),
                    refusal == null ? null : refusal.code(), refusal == null ? List.of()
                    : java.util.Arrays.stream(refusal.args()).map(String::valueOf).toList()));
        }
        choices.sort(java.util.Comparator.comparing((CenterChoice c) -> !c.referable())
                .thenComparing(CenterChoice::code));
        return choices;
    }
}

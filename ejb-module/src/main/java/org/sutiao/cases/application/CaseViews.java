package org.sutiao.cases.application;

import org.sutiao.cases.domain.MediationCase;
import org.sutiao.shared.domain.BusinessTime;

import java.time.LocalDate;
import java.util.List;

/** Maps the aggregate to the read models handed to pages and the API. */
final class CaseViews {
    private CaseViews() {
    }

    /** The summary as of the Beijing date {@code today} (whether the acceptance period has lapsed). */
    /**
     * Working days after {@code today} up to the acceptance due date (0 on the last day, never negative) while the
     * case is pending acceptance, else null: one rule for the entity's summary and the list projection.
     */
    static Integer workingDaysLeft(org.sutiao.cases.domain.CaseStatus status, LocalDate acceptanceDue,
                                   org.sutiao.calendar.domain.WorkingDayCalendar cal, LocalDate today) {
        return status == org.sutiao.cases.domain.CaseStatus.PENDING_ACCEPTANCE && acceptanceDue != null
                ? Math.max(0, cal.workingDaysBetween(today, acceptanceDue)) : null;
    }

    static CaseSummary summary(MediationCase c, Integer workingDaysLeft, LocalDate today) {
        return new CaseSummary(c.id(), c.version(), c.caseNumber(), c.source(), c.referralKind(), c.courtCaseNumber(),
                c.referringCourt() == null ? null : c.referringCourt().code(),
                c.referringCourt() == null ? null : c.referringCourt().name(),
                c.center().code(), c.center().name(), c.causeOfAction(), c.disputeType(), c.claimAmount(), c.status(),
                c.pushedAt(), c.acceptanceDueDate(), c.acceptanceDueProvisional(),
                // overdue by the lapse rule (the due date's 24:00 has passed), whether or not the timer marked it yet
                c.acceptanceOverdue() || c.acceptanceLapsed(BusinessTime.startOf(today)),
                workingDaysLeft, c.mediator() == null ? null : c.mediator().code(),
                c.mediator() == null ? null : c.mediator().name(), c.mediationDueDate(), c.consentDueDate(),
                c.acceptanceLapsed(BusinessTime.startOf(today)), c.mediationDueProvisional(),
                c.consentDueProvisional(), c.outcome());
    }

    /**
     * The detail at the caller's visibility: in full, as metadata (no text written about the dispute, no names), or a
     * former center's view (metadata, the offers to {@code ownCenterCode} with their written reasons, the timeline's
     * dates and kinds up to its last decision).
     */
    static CaseDetail detail(MediationCase c, CaseReadPolicy.Visibility visibility, String ownCenterCode,
                             CaseSummary summary, java.util.Map<Long, PartyInvitations.AccountState> accounts,
                             java.time.Instant fullAccessUntil, List<CaseDetail.ActionView> actions) {
        boolean full = visibility == CaseReadPolicy.Visibility.FULL;
        boolean ownOffers = visibility == CaseReadPolicy.Visibility.OWN_OFFERS;
        List<CaseDetail.PartyView> parties = full ? c.parties().stream().map(p -> new CaseDetail.PartyView(p.id(),
                p.seq(), p.role(), p.type(), p.name(), p.country(), p.creditCode(), p.maskedIdNumber(), p.phone(),
                p.email(), p.agentName(), p.litigationPosition(),
                accounts.getOrDefault(p.id(), PartyInvitations.AccountState.NONE).name(), p.consentAgreed(),
                p.consentReason())).toList() : List.of();
        List<CaseDetail.ClaimView> claims = c.claims().stream()
                .map(cl -> new CaseDetail.ClaimView(cl.seq(), full ? cl.text() : null, cl.amount())).toList();
        List<CaseDetail.MaterialView> materials = full ? c.materials().stream().map(m -> new CaseDetail.MaterialView(
                m.id(), m.fileName(), m.contentType(), m.sizeBytes(), m.sha256(), m.uploadedAt())).toList() : List.of();
        List<CaseDetail.OfferView> offers = c.offers().stream()
                .filter(o -> !ownOffers || o.center().code().equals(ownCenterCode))
                .map(o -> new CaseDetail.OfferView(o.seq(), o.center().code(), o.center().name(), o.offeredAt(),
                        o.acceptanceDueDate(), o.outcome(), o.decidedAt(), o.declineCode(),
                        full || ownOffers ? o.declineReason() : null)).toList();
        // a former center sees nothing that happened after its last decision
        java.time.Instant until = ownOffers ? offers.stream().map(CaseDetail.OfferView::decidedAt)
                .filter(java.util.Objects::nonNull).max(java.util.Comparator.naturalOrder())
                .orElse(java.time.Instant.MIN) : null;
        // metadata only (HQ, supervisors): who acted is not shown either, since a party's name is case information
        List<CaseDetail.EventView> timeline = c.events().stream().filter(e -> until == null || !e.at().isAfter(until))
                .map(e -> new CaseDetail.EventView(e.at(), e.type(), full ? e.actor() : null,
                        full ? e.actorName() : null, full ? e.detail() : null)).toList();
        return new CaseDetail(summary, full, full ? c.facts() : null, c.consentRecordedAt(), parties, claims,
                materials, offers, timeline, fullAccessUntil, ownOffers ? List.of() : actions, visibility);
    }
}

package org.sutiao.evaluation.domain;

import org.sutiao.cases.domain.CaseOutcome;
import org.sutiao.cases.domain.CaseSource;
import org.sutiao.cases.domain.DeclineReasonCode;
import org.sutiao.cases.domain.FailureReason;
import org.sutiao.cases.domain.OfferOutcome;
import org.sutiao.cases.domain.ReferralKind;

import java.time.LocalDate;
import java.util.List;

/**
 * What the evaluation reads of one case, with every instant already a Beijing date ({@code BusinessTime.dateOf}).
 *
 * @param centerId   the case's current (final) center
 * @param mediatorId its current mediator, or null
 * @param acceptedOn the day its center accepted it, or null
 * @param endedOn    the day it reached its outcome (settled, failed, withdrawn, consent refused), or null
 * @param outcome    {@link CaseOutcome#of}, null while open
 * @param offers     every offer in order (seq 1 = the referral or application)
 * @param suspensions suspensions for appraisal; a running one has a null end
 * @param confirmationRequestedOn the day the joint application for judicial confirmation was complete, or null
 * @param confirmationRuling      VALID or REJECTED once ruled, else null
 * @param mediationDocumentIssuedOn the day the court issued the mediation document, or null
 * @param obligations the obligations of its agreement in effect (none before it took effect)
 * @param ratings     the parties' satisfaction ratings
 * @param courtId     the case's court: the referring court, or for a direct application the court its confirmation
 *                    went to (CaseScope's court key); null for a direct application without one
 * @param failureReason the failure reason of a FAILED outcome, else null
 * @param failureReportDue the due date of the failure report (3 working days after the failure), or null
 * @param failureReportSubmittedOn the day the failure report was submitted, or null
 */
public record CaseSnapshot(long caseId, CaseSource source, ReferralKind kind, Long centerId, Long mediatorId,
                           LocalDate acceptedOn, LocalDate endedOn, CaseOutcome outcome, List<Offer> offers,
                           List<Span> suspensions, LocalDate confirmationRequestedOn, String confirmationRuling,
                           LocalDate confirmationRuledOn, LocalDate mediationDocumentIssuedOn,
                           List<ObligationDates> obligations, List<Rating> ratings, Long courtId,
                           FailureReason failureReason, LocalDate failureReportDue,
                           LocalDate failureReportSubmittedOn) {

    /** A case without a court, failure reason or failure report. */
    public CaseSnapshot(long caseId, CaseSource source, ReferralKind kind, Long centerId, Long mediatorId,
                        LocalDate acceptedOn, LocalDate endedOn, CaseOutcome outcome, List<Offer> offers,
                        List<Span> suspensions, LocalDate confirmationRequestedOn, String confirmationRuling,
                        LocalDate confirmationRuledOn, LocalDate mediationDocumentIssuedOn,
                        List<ObligationDates> obligations, List<Rating> ratings) {
        this(caseId, source, kind, centerId, mediatorId, acceptedOn, endedOn, outcome, offers, suspensions,
                confirmationRequestedOn, confirmationRuling, confirmationRuledOn, mediationDocumentIssuedOn,
                obligations, ratings, null, null, null, null);
    }

    /** One offer to a center; {@code decidedOn} null while pending. */
    public record Offer(int seq, long centerId, LocalDate offeredOn, LocalDate acceptanceDueDate, OfferOutcome outcome,
                        LocalDate decidedOn, DeclineReasonCode declineCode) {
    }

    /** A suspension from its first day to the day mediation resumed (null while running). */
    public record Span(LocalDate start, LocalDate end) {
    }

    /** An obligation's due date and the day it was performed (null while not). */
    public record ObligationDates(LocalDate due, LocalDate performedOn) {
    }

    /** A rating: its day and score 1–5. */
    public record Rating(LocalDate on, int score) {
    }
}

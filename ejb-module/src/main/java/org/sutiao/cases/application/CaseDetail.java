package org.sutiao.cases.application;

import org.sutiao.cases.domain.DeclineReasonCode;
import org.sutiao.cases.domain.EventType;
import org.sutiao.cases.domain.OfferOutcome;
import org.sutiao.cases.domain.PartyRole;
import org.sutiao.cases.domain.PartyType;
import org.sutiao.shared.domain.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as its participants see it. For metadata-only callers (HQ, court supervisors; {@link CaseReadPolicy})
 * {@code facts}, {@code parties} and {@code materials} are empty. ID numbers are always masked.
 *
 * @param fullAccessUntil when a metadata-only caller reads in full through a break-glass grant, the instant the grant
 *                        expires; null otherwise
 * @param actions         what the caller may do now on the case ({@link CaseActions}), each with its due date
 * @param visibility      how much of the case the caller reads ({@link CaseReadPolicy}); for a former center
 *                        ({@link CaseReadPolicy.Visibility#OWN_OFFERS}) {@code offers} holds its own offers only and
 *                        {@code timeline} the entries up to its last decision, and {@code actions} is empty
 */
public record CaseDetail(CaseSummary summary, boolean fullDetail, String facts, Instant consentRecordedAt,
                         List<PartyView> parties, List<ClaimView> claims, List<MaterialView> materials,
                         List<OfferView> offers, List<EventView> timeline, Instant fullAccessUntil,
                         List<ActionView> actions, CaseReadPolicy.Visibility visibility) {

    /**
     * True when the caller is a center that declined the case or let it lapse ({@link CaseReadPolicy}): it reads the
     * metadata and its own offers with its decision only, read-only.
     */
    public boolean ownOffersOnly() {
        return visibility == CaseReadPolicy.Visibility.OWN_OFFERS;
    }

    /** An action the caller may take now; {@code dueDate} null when it has no deadline. */
    public record ActionView(org.sutiao.cases.domain.CaseAction action, LocalDate dueDate) {
    }

    /**
     * A party; {@code idNumber} is masked.
     *
     * @param accountState  CONFIRMED (an account confirmed this identity), INVITED (an invitation went to the
     *                      contact details) or NONE
     * @param consentAgreed a respondent's answer to a direct application; null until answered or for other parties
     */
    public record PartyView(Long id, int seq, PartyRole role, PartyType type, String name, String country,
                            String creditCode, String idNumber, String phone, String email, String agentName,
                            String litigationPosition, String accountState, Boolean consentAgreed,
                            String consentReason) {
    }

    /** A claim; {@code amount} null when non-monetary. */
    public record ClaimView(int seq, String text, Money amount) {
    }

    /** A material's metadata; {@code size} in bytes. */
    public record MaterialView(Long id, String fileName, String contentType, long size, String sha256,
                               Instant uploadedAt) {
    }

    /** One offer of the case to a center and what became of it. */
    public record OfferView(int seq, String centerCode, String centerName, Instant offeredAt,
                            LocalDate acceptanceDueDate, OfferOutcome outcome, Instant decidedAt,
                            DeclineReasonCode declineCode, String declineReason) {
    }

    /** One timeline entry. */
    public record EventView(Instant at, EventType type, String actor, String actorName, String detail) {
    }
}

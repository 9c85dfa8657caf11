package org.sutiao.cases.application;

import org.sutiao.cases.domain.OfferOutcome;
import org.sutiao.identity.domain.Role;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What each role may read of a case within its scope, decided here once for the API and the pages (DESIGN.md §4;
 * notice 法办〔2024〕623号 §2(1): case information reaches no one without a role in the case; 在线调解规则 Art. 29).
 * <ul>
 *   <li>The case's own participants (its court, center, mediator and parties; the court's system) read it in full.</li>
 *   <li>HQ and court supervisors read metadata only — statuses, dates, counts, organisations, amounts — never text
 *       written about the dispute (facts, claims, names, minutes, reasons, reports, documents), unless they opened
 *       the case's full detail with a recorded reason ({@code FullAccessGrant}, 24 hours).</li>
 *   <li>Operators read no case at all (their scope is empty).</li>
 *   <li>A center that declined a case or let its acceptance period lapse keeps, once the case went elsewhere (or
 *       while it waits for the court's new referral), a read-only view of it ({@link Visibility#OWN_OFFERS}): the
 *       metadata, its own offers with its decision, the timeline up to that decision — never the parties, facts,
 *       materials, workspace, fee or outcome, which belong to the center now handling it (issue 12 "Flow"; notice
 *       §2(1)). Whether a case lies in that view is {@link CaseScope#formerCondition()}.</li>
 * </ul>
 * Which cases are in scope at all is {@link CaseScope}; this class decides how much of one.
 */
public final class CaseReadPolicy {
    private CaseReadPolicy() {
    }

    /** How much of a case a caller reads. */
    public enum Visibility {
        /** Everything, including text written about the dispute and its documents. */
        FULL,
        /** Statuses, dates, counts, organisations and amounts only. */
        METADATA,
        /**
         * A former center's view: the metadata, its own offers with their decisions (code, written reason, date) and
         * the timeline's dates and kinds up to its last decision; nothing else, and no action.
         */
        OWN_OFFERS
    }

    /** What became of a center's offer for the center to keep its read-only view of the case: it declined or let it lapse. */
    public static final Set<OfferOutcome> FORMER_OFFER_OUTCOMES =
            Collections.unmodifiableSet(EnumSet.of(OfferOutcome.DECLINED, OfferOutcome.LAPSED));

    /**
     * Whether a caller of this visibility may read this part of a case: in full every part; metadata only the parts
     * that are not {@linkplain CasePart#contentOnly() content only}; a former center's view only the case's detail.
     */
    public static boolean mayRead(Visibility visibility, CasePart part) {
        return switch (visibility) {
            case FULL -> true;
            case METADATA -> !part.contentOnly();
            case OWN_OFFERS -> part == CasePart.DETAIL;
        };
    }

    /**
     * True when this role keeps a read-only view of the cases it was offered and declined or let lapse (a center's
     * admin; {@link Visibility#OWN_OFFERS}).
     */
    public static boolean keepsDeclinedOffers(Role role) {
        return role == Role.CENTER_ADMIN;
    }

    /**
     * The visibility of a case in the caller's scope.
     *
     * @param fullAccessGranted whether the caller holds an unexpired break-glass grant for this case (only counts for
     *                          the roles that may request one)
     */
    public static Visibility visibility(Role role, boolean fullAccessGranted) {
        if (mayRequestFullAccess(role)) {
            return fullAccessGranted ? Visibility.FULL : Visibility.METADATA;
        }
        return role == Role.OPERATOR ? Visibility.METADATA : Visibility.FULL;
    }

    /** True for the metadata-only roles that may open a case's full detail with a recorded reason: HQ, supervisors. */
    public static boolean mayRequestFullAccess(Role role) {
        return role == Role.HQ_ADMIN || role == Role.COURT_SUPERVISOR;
    }
}

package org.sutiao.cases.application;

import org.sutiao.cases.domain.InboxAction;
import org.sutiao.cases.domain.MediationCase;
import org.sutiao.cases.domain.Party;
import org.sutiao.identity.domain.Role;
import org.sutiao.shared.domain.BusinessTime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Which actions wait for a caller on a case: the offers of {@link CaseActions} (the one decision of what a caller
 * may do now, which the case page and {@code GET /cases/{id}} show) that wait on the caller, so the inbox and the
 * page cannot disagree. An empty list means nothing waits for the caller (someone else acts next). A case may hold
 * more than one action for the same caller (a party may have a disclosure to answer and an extension to consent to).
 * What waits for a center or a mediator does not depend on the time (a lapsed case may still be declined), so their
 * decision is asked at an arbitrary instant.
 */
public final class InboxActions {
    private InboxActions() {
    }

    /**
     * The center: a referral or direct application pending acceptance is to be accepted or declined (also once its
     * period lapsed: it may still decline); an agreement being signed is to be sealed while the center's signature is
     * missing. The first rule needs no records and is the inbox's indexed query ({@link CaseActions#waitingByStatus}).
     */
    public static List<InboxAction> forCenter(MediationCase c, CaseActions.Records r) {
        return CaseActions.waiting(CaseActions.decide(c, CaseActions.Viewer.of(Role.CENTER_ADMIN), r, Instant.EPOCH));
    }

    /**
     * The referring court: a declined referral, or one whose acceptance period lapsed at {@code now}, is referred
     * again; a failure report is acknowledged; a confirmation under review is ruled on; a requested mediation
     * document is issued.
     */
    public static List<InboxAction> forCourt(MediationCase c, CaseActions.Records r, Instant now) {
        return CaseActions.waiting(CaseActions.decide(c, CaseActions.Viewer.of(Role.COURT_CLERK), r, now));
    }

    /**
     * The case's mediator: disclose first; end a running suspension; sign the agreement while their signature is
     * missing, otherwise mediate once the disclosure is cleared; write the failure report.
     */
    public static List<InboxAction> forMediator(MediationCase c, CaseActions.Records r) {
        return CaseActions.waiting(CaseActions.decide(c, CaseActions.Viewer.of(Role.MEDIATOR), r, Instant.EPOCH));
    }

    /**
     * A party ({@code party} is the caller's own party of the case): answer an application, a disclosed conflict,
     * an extension; sign; after the settlement apply for judicial confirmation, request or acknowledge the mediation
     * document.
     *
     * @param today the business date, for the confirmation window
     */
    public static List<InboxAction> forParty(MediationCase c, Party party, CaseActions.Records r, LocalDate today) {
        return CaseActions.waiting(CaseActions.decide(c, CaseActions.Viewer.party(party), r,
                BusinessTime.startOf(today)));
    }

    /**
     * The date an action is due by: the acceptance due date for acceptance and re-referral, the mediation due date
     * for what happens during mediation, the failure report's deadline, the end of the confirmation window, the
     * court's review due date; null when the action has no deadline (acknowledgements, the mediation document).
     */
    public static LocalDate dueDate(InboxAction action, MediationCase c, CaseActions.Records r) {
        return switch (action) {
            case ACCEPT_OR_DECLINE, REFER_AGAIN -> c.acceptanceDueDate();
            case DISCLOSE, MEDIATE, END_SUSPENSION, SIGN_AGREEMENT, ANSWER_DISCLOSURE, CONSENT_TO_EXTENSION ->
                    c.mediationDueDate();
            case WRITE_FAILURE_REPORT -> r.failureReportDue();
            case APPLY_FOR_CONFIRMATION -> r.applyBy();
            case RULE_ON_CONFIRMATION -> r.confirmation() == null ? null : r.confirmation().reviewDueDate();
            case SEAL_AGREEMENT -> c.mediationDueDate();
            case ANSWER_APPLICATION -> c.consentDueDate();
            case ACKNOWLEDGE_FAILURE_REPORT, ISSUE_MEDIATION_DOCUMENT, REQUEST_MEDIATION_DOCUMENT,
                 ACKNOWLEDGE_RECEIPT, READ_FAILURE_REPORT -> null;
        };
    }

}

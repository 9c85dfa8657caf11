package org.sutiao.cases.application;

import org.sutiao.agreements.domain.Agreement;
import org.sutiao.agreements.domain.AgreementSignature;
import org.sutiao.agreements.domain.AgreementStatus;
import org.sutiao.agreements.domain.SignerRole;
import org.sutiao.cases.domain.CaseSource;
import org.sutiao.cases.domain.PartyRole;
import org.sutiao.cases.domain.AgreementScope;
import org.sutiao.cases.domain.CaseStatus;
import org.sutiao.cases.domain.Disclosure;
import org.sutiao.cases.domain.Extension;
import org.sutiao.cases.domain.FailureReport;
import org.sutiao.cases.domain.InboxAction;
import org.sutiao.cases.domain.MediationCase;
import org.sutiao.cases.domain.Party;
import org.sutiao.cases.domain.ReferralKind;
import org.sutiao.confirmation.domain.ConfirmationStatus;
import org.sutiao.confirmation.domain.JudicialConfirmation;
import org.sutiao.confirmation.domain.MediationDocument;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Which actions wait for a caller on a case, decided from the case and its records alone (no database, no clock):
 * the same conditions under which the case page offers the caller the button. An empty list means nothing waits
 * for the caller (someone else acts next). A case may hold more than one action for the same caller (a party may
 * have a disclosure to answer and an extension to consent to).
 */
public final class InboxActions {
    private InboxActions() {
    }

    /**
     * The records of a case the decision reads besides the aggregate; each may be null (empty for the list).
     *
     * @param latestDisclosure the latest disclosure of any mediator of the case
     * @param openExtension    the extension still waiting for consent
     * @param failureReport    the failure report
     * @param failureReportDue the due date of the open failure-report deadline
     * @param agreement        the agreement, being signed or in effect
     * @param signatures       the agreement's signatures, of every revision
     * @param confirmation     the judicial confirmation
     * @param document         the mediation document
     * @param applyBy          the last day to apply for judicial confirmation (30 days after the agreement took effect)
     */
    public record Records(Disclosure latestDisclosure, Extension openExtension, FailureReport failureReport,
                          LocalDate failureReportDue, Agreement agreement, List<AgreementSignature> signatures,
                          JudicialConfirmation confirmation, MediationDocument document, LocalDate applyBy) {
        /** A case without any of these records. */
        public static final Records NONE = new Records(null, null, null, null, null, List.of(), null, null, null);

        public Records {
            signatures = signatures == null ? List.of() : List.copyOf(signatures);
        }
    }

    /**
     * The center: a referral or direct application pending acceptance is to be accepted or declined; an agreement
     * being signed is to be sealed while the center's signature is missing. (The first rule, which needs no
     * records, is also the inbox's indexed query, {@code CaseQueryService.decidedByStatus}: change both together.)
     */
    public static List<InboxAction> forCenter(MediationCase c, Records r) {
        if (c.status() == CaseStatus.PENDING_ACCEPTANCE) {
            return List.of(InboxAction.ACCEPT_OR_DECLINE);
        }
        if (c.status() == CaseStatus.IN_MEDIATION && signing(r)
                && current(r).noneMatch(s -> s.role() == SignerRole.CENTER)) {
            return List.of(InboxAction.SEAL_AGREEMENT);
        }
        return List.of();
    }

    /**
     * The referring court: a declined referral, or one whose acceptance period lapsed at {@code now} (decided from
     * the due date by {@link MediationCase#acceptanceLapsed}, whether or not the timer marked it yet), is referred
     * again; a failure report (of a failed mediation, or of the unsettled claims of a partial settlement) is
     * acknowledged; a confirmation under review is ruled on; a requested mediation document is issued. (The
     * re-referral rule, which needs no records, is also the inbox's indexed query,
     * {@code CaseQueryService.decidedByStatus}: change both together.)
     */
    public static List<InboxAction> forCourt(MediationCase c, Records r, Instant now) {
        List<InboxAction> actions = new ArrayList<>();
        if (c.status() == CaseStatus.DECLINED || c.acceptanceLapsed(now)) {
            actions.add(InboxAction.REFER_AGAIN);
        }
        if ((c.status() == CaseStatus.FAILED || c.status() == CaseStatus.SETTLED) && r.failureReport() != null
                && r.failureReport().acknowledgedAt() == null) {
            actions.add(InboxAction.ACKNOWLEDGE_FAILURE_REPORT);
        }
        if (c.status() == CaseStatus.SETTLED) {
            if (r.confirmation() != null && (r.confirmation().status() == ConfirmationStatus.UNDER_REVIEW
                    || r.confirmation().status() == ConfirmationStatus.SUPPLEMENT_REQUESTED)) {
                actions.add(InboxAction.RULE_ON_CONFIRMATION);
            }
            if (r.document() != null && "REQUESTED".equals(r.document().status())) {
                actions.add(InboxAction.ISSUE_MEDIATION_DOCUMENT);
            }
        }
        return actions;
    }

    /**
     * The case's mediator: disclose first (before any session); end a running suspension; sign the agreement while
     * their signature is missing, otherwise mediate once the disclosure is cleared; write the failure report of a
     * failed mediation or of a partial settlement.
     */
    public static List<InboxAction> forMediator(MediationCase c, Records r) {
        List<InboxAction> actions = new ArrayList<>();
        switch (c.status()) {
            case IN_MEDIATION, SUSPENDED -> {
                Disclosure d = r.latestDisclosure();
                boolean disclosed = d != null && d.mediator().equals(c.mediator());
                if (!disclosed) {
                    actions.add(InboxAction.DISCLOSE);
                }
                if (c.status() == CaseStatus.SUSPENDED) {
                    actions.add(InboxAction.END_SUSPENSION);
                } else if (signing(r) && current(r).noneMatch(s -> s.role() == SignerRole.MEDIATOR)) {
                    actions.add(InboxAction.SIGN_AGREEMENT);
                } else if (disclosed && d.cleared()) {
                    actions.add(InboxAction.MEDIATE);
                }
            }
            case FAILED -> {
                if (r.failureReport() == null) {
                    actions.add(InboxAction.WRITE_FAILURE_REPORT);
                }
            }
            case SETTLED -> {
                if (c.settledScope() == AgreementScope.PARTIAL && r.failureReport() == null) {
                    actions.add(InboxAction.WRITE_FAILURE_REPORT);
                }
            }
            default -> {
            }
        }
        return actions;
    }

    /**
     * A party ({@code party} is the caller's own party of the case): answer the current mediator's disclosed
     * conflict (unless a party already refused it), consent to an open extension, sign the agreement; after the
     * settlement apply for judicial confirmation within the window (not ENTRUSTED), request the mediation document
     * (ENTRUSTED) and acknowledge its receipt.
     *
     * @param today the business date, for the confirmation window
     */
    public static List<InboxAction> forParty(MediationCase c, Party party, Records r, LocalDate today) {
        List<InboxAction> actions = new ArrayList<>();
        if (c.status() == CaseStatus.PENDING_CONSENT && party.role() == PartyRole.RESPONDENT
                && party.consentAgreed() == null) {
            actions.add(InboxAction.ANSWER_APPLICATION);
        }
        if (c.status() == CaseStatus.FAILED && c.source() == CaseSource.DIRECT_APPLICATION
                && party.role() == PartyRole.APPLICANT && r.failureReport() != null
                && r.failureReport().acknowledgedAt() == null) {
            actions.add(InboxAction.READ_FAILURE_REPORT);
        }
        if (c.status() == CaseStatus.IN_MEDIATION || c.status() == CaseStatus.SUSPENDED) {
            Disclosure d = r.latestDisclosure();
            if (d != null && d.hasConflict() && d.mediator().equals(c.mediator()) && !d.refused()
                    && d.answerOf(party) == null) {
                actions.add(InboxAction.ANSWER_DISCLOSURE);
            }
            if (r.openExtension() != null && !r.openExtension().hasConsentOf(party)) {
                actions.add(InboxAction.CONSENT_TO_EXTENSION);
            }
            if (c.status() == CaseStatus.IN_MEDIATION && signing(r)
                    && current(r).noneMatch(s -> s.sameSlot(SignerRole.PARTY, party.id()))) {
                actions.add(InboxAction.SIGN_AGREEMENT);
            }
        } else if (c.status() == CaseStatus.SETTLED && r.agreement() != null
                && r.agreement().status() == AgreementStatus.EFFECTIVE) {
            if (c.referralKind() != ReferralKind.ENTRUSTED) {
                JudicialConfirmation j = r.confirmation();
                boolean open = j == null || j.status() == ConfirmationStatus.JOINING && !j.joins().containsKey(party.id());
                boolean court = c.referringCourt() != null || c.center().confirmationCourt() != null;
                if (open && court && r.applyBy() != null && !today.isAfter(r.applyBy())) {
                    actions.add(InboxAction.APPLY_FOR_CONFIRMATION);
                }
            } else if (r.document() == null) {
                actions.add(InboxAction.REQUEST_MEDIATION_DOCUMENT);
            }
            if (r.document() != null && "ISSUED".equals(r.document().status())
                    && !r.document().receipts().containsKey(party.id())) {
                actions.add(InboxAction.ACKNOWLEDGE_RECEIPT);
            }
        }
        return actions;
    }

    /**
     * The date an action is due by: the acceptance due date for acceptance and re-referral, the mediation due date
     * for what happens during mediation, the failure report's deadline, the end of the confirmation window, the
     * court's review due date; null when the action has no deadline (acknowledgements, the mediation document).
     */
    public static LocalDate dueDate(InboxAction action, MediationCase c, Records r) {
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

    private static boolean signing(Records r) {
        return r.agreement() != null && r.agreement().status() == AgreementStatus.SIGNING;
    }

    private static java.util.stream.Stream<AgreementSignature> current(Records r) {
        return r.signatures().stream().filter(s -> s.revision() == r.agreement().revision());
    }
}

package org.sutiao.cases.application;

import org.sutiao.agreements.domain.Agreement;
import org.sutiao.agreements.domain.AgreementSignature;
import org.sutiao.agreements.domain.AgreementStatus;
import org.sutiao.agreements.domain.SignerRole;
import org.sutiao.cases.domain.AgreementScope;
import org.sutiao.cases.domain.CaseAction;
import org.sutiao.cases.domain.CaseOutcome;
import org.sutiao.cases.domain.CaseSource;
import org.sutiao.cases.domain.CaseStatus;
import org.sutiao.cases.domain.Disclosure;
import org.sutiao.cases.domain.Extension;
import org.sutiao.cases.domain.FailureReport;
import org.sutiao.cases.domain.InboxAction;
import org.sutiao.cases.domain.MediationCase;
import org.sutiao.cases.domain.Party;
import org.sutiao.cases.domain.PartyRole;
import org.sutiao.cases.domain.ReferralKind;
import org.sutiao.confirmation.domain.ConfirmationStatus;
import org.sutiao.confirmation.domain.JudicialConfirmation;
import org.sutiao.confirmation.domain.MediationDocument;
import org.sutiao.identity.domain.Role;
import org.sutiao.shared.domain.BusinessTime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The one place that decides what a caller may do now on a case: every action of the case page and of the case's
 * API ({@link CaseAction}), by the caller's role and relation to the case (their own party), from the case, its
 * records and the instant alone (no database, no clock). The page renders its buttons from this decision,
 * {@code GET /cases/{id}} lists it as {@code actions}, and the inbox's items are the offers that wait for the caller
 * ({@link Offer#waiting()}, {@link InboxActions}). The services keep enforcing their own preconditions; where a
 * status rule is shared the aggregate and this decision read the same predicate (e.g.
 * {@link MediationCase#mayWithdraw}).
 *
 * <p>Rules (notice 法办〔2024〕623号; 人民法院在线调解规则; DESIGN.md §1): the center accepts while the acceptance period
 * runs and may decline any pending case; the court refers again a declined or lapsed case; the mediator discloses
 * (Art. 13), mediates once the disclosure is cleared, suspends, extends (Art. 24, with every party's consent) and
 * ends mediation (Art. 25) only while mediation runs; a party may withdraw at any time before the case ended
 * (Art. 25, mediation is voluntary), may ask for another mediator (Art. 14) while it runs; the agreement is signed by
 * every party, the mediator and the center; after the settlement the parties apply for judicial confirmation within
 * 30 days (delegated and direct cases) or request the mediation document (entrusted cases).
 */
public final class CaseActions {
    private CaseActions() {
    }

    /** The statuses in which mediation runs: in mediation or suspended. */
    public static final Set<CaseStatus> MEDIATION_RUNS = EnumSet.of(CaseStatus.IN_MEDIATION, CaseStatus.SUSPENDED);

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
     * @param ratedBy          the ids of the case's parties that rated it ({@code SatisfactionRating})
     */
    public record Records(Disclosure latestDisclosure, Extension openExtension, FailureReport failureReport,
                          LocalDate failureReportDue, Agreement agreement, List<AgreementSignature> signatures,
                          JudicialConfirmation confirmation, MediationDocument document, LocalDate applyBy,
                          Set<Long> ratedBy) {
        /** A case without any of these records. */
        public static final Records NONE = new Records(null, null, null, null, null, List.of(), null, null, null);

        public Records {
            signatures = signatures == null ? List.of() : List.copyOf(signatures);
            ratedBy = ratedBy == null ? Set.of() : Set.copyOf(ratedBy);
        }

        /** Records without any satisfaction rating. */
        public Records(Disclosure latestDisclosure, Extension openExtension, FailureReport failureReport,
                       LocalDate failureReportDue, Agreement agreement, List<AgreementSignature> signatures,
                       JudicialConfirmation confirmation, MediationDocument document, LocalDate applyBy) {
            this(latestDisclosure, openExtension, failureReport, failureReportDue, agreement, signatures,
                    confirmation, document, applyBy, Set.of());
        }

        /** These records with the parties that rated the case. */
        public Records withRatedBy(Set<Long> parties) {
            return new Records(latestDisclosure, openExtension, failureReport, failureReportDue, agreement,
                    signatures, confirmation, document, applyBy, parties);
        }
    }

    /**
     * Who looks at the case.
     *
     * @param role       the caller's role
     * @param party      for a PARTY, the caller's own party of the case; null otherwise (a PARTY without one may do
     *                   nothing)
     * @param fullDetail whether the caller reads the case in full (false for HQ and supervisors without a grant)
     */
    public record Viewer(Role role, Party party, boolean fullDetail) {
        /** A caller of {@code role} who reads the case in full and is no party. */
        public static Viewer of(Role role) {
            return new Viewer(role, null, true);
        }

        /** A party of the case. */
        public static Viewer party(Party party) {
            return new Viewer(Role.PARTY, party, true);
        }
    }

    /**
     * An action offered to the caller.
     *
     * @param action  what the caller may do
     * @param waiting the inbox item it makes when the case waits for the caller to take it; null when the caller
     *                may take it but nothing waits on them (e.g. withdraw, suspend)
     */
    public record Offer(CaseAction action, InboxAction waiting) {
    }

    /**
     * Every action the caller may take now on the case, in a stable order (the inbox's order of its items).
     *
     * @param now the instant of the decision: the acceptance period's lapse and the business date (Beijing) of the
     *            confirmation window are read from it
     */
    public static List<Offer> decide(MediationCase c, Viewer v, Records r, Instant now) {
        List<Offer> out = new ArrayList<>();
        switch (v.role()) {
            case CENTER_ADMIN -> center(c, r, now, out);
            case COURT_CLERK, COURT_SYSTEM -> court(c, r, now, out);
            case MEDIATOR -> mediator(c, r, out);
            case PARTY -> {
                if (v.party() != null) {
                    party(c, v.party(), r, BusinessTime.dateOf(now), out);
                }
            }
            default -> {
            }
        }
        if (CaseReadPolicy.mayRequestFullAccess(v.role()) && !v.fullDetail()) {
            out.add(new Offer(CaseAction.OPEN_FULL_ACCESS, null));
        }
        return List.copyOf(out);
    }

    /** The actions alone, without their inbox items. */
    public static List<CaseAction> actions(MediationCase c, Viewer v, Records r, Instant now) {
        return decide(c, v, r, now).stream().map(Offer::action).toList();
    }

    /** The inbox items of the caller: the offers that wait for them, each once, in the decision's order. */
    public static List<InboxAction> waiting(List<Offer> offers) {
        return offers.stream().map(Offer::waiting).filter(java.util.Objects::nonNull).distinct().toList();
    }

    /**
     * The inbox item that {@link #waitingByStatus} lists for {@code role}: ACCEPT_OR_DECLINE for the center,
     * REFER_AGAIN for the court; null for other roles.
     */
    public static InboxAction waitingByStatusAction(Role role) {
        return switch (role) {
            case CENTER_ADMIN -> InboxAction.ACCEPT_OR_DECLINE;
            case COURT_CLERK, COURT_SYSTEM -> InboxAction.REFER_AGAIN;
            default -> null;
        };
    }

    /**
     * True when a pending case whose acceptance period lapsed waits for {@code role} whatever its records (the
     * court refers it again): the inbox adds it to {@link #waitingByStatus} by its due date.
     */
    public static boolean lapsedPendingWaits(Role role) {
        return role == Role.COURT_CLERK || role == Role.COURT_SYSTEM;
    }

    /**
     * The statuses in which a {@code role}'s inbox items need no records of the case (the inbox lists them by one
     * indexed query on the cases, {@code CaseQueryService.decidedByStatus}): the center's pending referrals, the
     * court's declined ones (a pending one whose period lapsed is added by due date). Empty for other roles.
     */
    public static Set<CaseStatus> waitingByStatus(Role role) {
        return switch (role) {
            case CENTER_ADMIN -> EnumSet.of(CaseStatus.PENDING_ACCEPTANCE);
            case COURT_CLERK, COURT_SYSTEM -> EnumSet.of(CaseStatus.DECLINED);
            default -> EnumSet.noneOf(CaseStatus.class);
        };
    }

    /**
     * The date an action is due by: the acceptance due date for acceptance, declining and re-referral; the
     * mediation due date for what happens during mediation; the failure report's deadline; the end of the
     * confirmation window; the court's review due date; the consent due date of a direct application; null when
     * the action has no deadline (withdrawal, acknowledgements, the mediation document, performance, full access).
     */
    public static LocalDate dueDate(CaseAction action, MediationCase c, Records r) {
        return switch (action) {
            case ACCEPT, DECLINE, REFER_AGAIN -> c.acceptanceDueDate();
            case DISCLOSE, SCHEDULE_SESSION, END_SUSPENSION, SIGN_AGREEMENT, SEAL_AGREEMENT, ANSWER_DISCLOSURE,
                 CONSENT_TO_EXTENSION -> c.mediationDueDate();
            case WRITE_FAILURE_REPORT -> r.failureReportDue();
            case APPLY_FOR_CONFIRMATION -> r.applyBy();
            case RULE_ON_CONFIRMATION, REQUEST_SUPPLEMENT ->
                    r.confirmation() == null ? null : r.confirmation().reviewDueDate();
            case ANSWER_APPLICATION -> c.consentDueDate();
            case REPLACE_MEDIATOR, ACKNOWLEDGE_FAILURE_REPORT, ISSUE_MEDIATION_DOCUMENT, RECORD_MINUTES, SUSPEND,
                 PROPOSE_EXTENSION, RECORD_WRITTEN_CONSENT, END_MEDIATION, DRAFT_AGREEMENT, RECORD_PERFORMANCE,
                 WITHDRAW, REQUEST_REPLACEMENT, REQUEST_MEDIATION_DOCUMENT, ACKNOWLEDGE_RECEIPT, READ_FAILURE_REPORT,
                 RATE_SATISFACTION, OPEN_FULL_ACCESS -> null;
        };
    }

    private static void center(MediationCase c, Records r, Instant now, List<Offer> out) {
        if (c.status() == CaseStatus.PENDING_ACCEPTANCE) {
            if (!c.acceptanceLapsed(now)) {
                out.add(new Offer(CaseAction.ACCEPT, InboxAction.ACCEPT_OR_DECLINE));
            }
            out.add(new Offer(CaseAction.DECLINE, InboxAction.ACCEPT_OR_DECLINE));
        }
        if (runs(c)) {
            out.add(new Offer(CaseAction.REPLACE_MEDIATOR, null));
        }
        if (c.status() == CaseStatus.IN_MEDIATION && signing(r)
                && current(r).noneMatch(s -> s.role() == SignerRole.CENTER)) {
            out.add(new Offer(CaseAction.SEAL_AGREEMENT, InboxAction.SEAL_AGREEMENT));
        }
    }

    private static void court(MediationCase c, Records r, Instant now, List<Offer> out) {
        if (c.status() == CaseStatus.DECLINED || c.acceptanceLapsed(now)) {
            out.add(new Offer(CaseAction.REFER_AGAIN, InboxAction.REFER_AGAIN));
        }
        if ((c.status() == CaseStatus.FAILED || c.status() == CaseStatus.SETTLED) && reportUnacknowledged(r)) {
            out.add(new Offer(CaseAction.ACKNOWLEDGE_FAILURE_REPORT, InboxAction.ACKNOWLEDGE_FAILURE_REPORT));
        }
        if (c.status() == CaseStatus.SETTLED) {
            ConfirmationStatus j = r.confirmation() == null ? null : r.confirmation().status();
            if (j == ConfirmationStatus.UNDER_REVIEW || j == ConfirmationStatus.SUPPLEMENT_REQUESTED) {
                out.add(new Offer(CaseAction.RULE_ON_CONFIRMATION, InboxAction.RULE_ON_CONFIRMATION));
            }
            if (j == ConfirmationStatus.UNDER_REVIEW) {
                out.add(new Offer(CaseAction.REQUEST_SUPPLEMENT, null));
            }
            if (r.document() != null && "REQUESTED".equals(r.document().status())) {
                out.add(new Offer(CaseAction.ISSUE_MEDIATION_DOCUMENT, InboxAction.ISSUE_MEDIATION_DOCUMENT));
            }
        }
    }

    private static void mediator(MediationCase c, Records r, List<Offer> out) {
        if (runs(c)) {
            Disclosure d = r.latestDisclosure();
            boolean disclosed = d != null && d.mediator().equals(c.mediator());
            out.add(new Offer(CaseAction.DISCLOSE, disclosed ? null : InboxAction.DISCLOSE));
            out.add(new Offer(CaseAction.RECORD_MINUTES, null));
            out.add(new Offer(CaseAction.END_MEDIATION, null));
            out.add(r.openExtension() == null ? new Offer(CaseAction.PROPOSE_EXTENSION, null)
                    : new Offer(CaseAction.RECORD_WRITTEN_CONSENT, null));
            if (c.status() == CaseStatus.SUSPENDED) {
                out.add(new Offer(CaseAction.END_SUSPENSION, InboxAction.END_SUSPENSION));
            } else {
                out.add(new Offer(CaseAction.SUSPEND, null));
                out.add(new Offer(CaseAction.DRAFT_AGREEMENT, null));
                boolean signatureMissing = signing(r) && current(r).noneMatch(s -> s.role() == SignerRole.MEDIATOR);
                if (signatureMissing) {
                    out.add(new Offer(CaseAction.SIGN_AGREEMENT, InboxAction.SIGN_AGREEMENT));
                }
                if (disclosed && d.cleared() && !c.replacementNeeded()) {
                    out.add(new Offer(CaseAction.SCHEDULE_SESSION, signatureMissing ? null : InboxAction.MEDIATE));
                }
            }
        }
        if (r.failureReport() == null && (c.status() == CaseStatus.FAILED
                || c.status() == CaseStatus.SETTLED && c.settledScope() == AgreementScope.PARTIAL)) {
            out.add(new Offer(CaseAction.WRITE_FAILURE_REPORT, InboxAction.WRITE_FAILURE_REPORT));
        }
        if (performable(c, r)) {
            out.add(new Offer(CaseAction.RECORD_PERFORMANCE, null));
        }
    }

    private static void party(MediationCase c, Party party, Records r, LocalDate today, List<Offer> out) {
        if (c.status() == CaseStatus.PENDING_CONSENT && party.role() == PartyRole.RESPONDENT
                && party.consentAgreed() == null) {
            out.add(new Offer(CaseAction.ANSWER_APPLICATION, InboxAction.ANSWER_APPLICATION));
        }
        if (MediationCase.mayWithdraw(c.status(), c.source(), party.role())) {
            out.add(new Offer(CaseAction.WITHDRAW, null));
        }
        if (c.status() == CaseStatus.FAILED && c.source() == CaseSource.DIRECT_APPLICATION
                && party.role() == PartyRole.APPLICANT && reportUnacknowledged(r)) {
            out.add(new Offer(CaseAction.READ_FAILURE_REPORT, InboxAction.READ_FAILURE_REPORT));
        }
        if (runs(c)) {
            out.add(new Offer(CaseAction.REQUEST_REPLACEMENT, null));
            Disclosure d = r.latestDisclosure();
            if (d != null && d.hasConflict() && d.mediator().equals(c.mediator()) && !d.refused()
                    && d.answerOf(party) == null) {
                out.add(new Offer(CaseAction.ANSWER_DISCLOSURE, InboxAction.ANSWER_DISCLOSURE));
            }
            if (r.openExtension() != null && !r.openExtension().hasConsentOf(party)) {
                out.add(new Offer(CaseAction.CONSENT_TO_EXTENSION, InboxAction.CONSENT_TO_EXTENSION));
            }
            if (c.status() == CaseStatus.IN_MEDIATION && signing(r)
                    && current(r).noneMatch(s -> s.sameSlot(SignerRole.PARTY, party.id()))) {
                out.add(new Offer(CaseAction.SIGN_AGREEMENT, InboxAction.SIGN_AGREEMENT));
            }
        } else if (c.status() == CaseStatus.SETTLED && effective(r)) {
            if (c.referralKind() != ReferralKind.ENTRUSTED) {
                JudicialConfirmation j = r.confirmation();
                boolean open = j == null || j.status() == ConfirmationStatus.JOINING && !j.joins().containsKey(party.id());
                boolean court = c.referringCourt() != null || c.center().confirmationCourt() != null;
                if (open && court && r.applyBy() != null && !today.isAfter(r.applyBy())) {
                    out.add(new Offer(CaseAction.APPLY_FOR_CONFIRMATION, InboxAction.APPLY_FOR_CONFIRMATION));
                }
            } else if (r.document() == null) {
                out.add(new Offer(CaseAction.REQUEST_MEDIATION_DOCUMENT, InboxAction.REQUEST_MEDIATION_DOCUMENT));
            }
            if (r.document() != null && "ISSUED".equals(r.document().status())
                    && !r.document().receipts().containsKey(party.id())) {
                out.add(new Offer(CaseAction.ACKNOWLEDGE_RECEIPT, InboxAction.ACKNOWLEDGE_RECEIPT));
            }
            if (performable(c, r)) {
                out.add(new Offer(CaseAction.RECORD_PERFORMANCE, null));
            }
        }
        if (mayRate(c.outcome()) && !r.ratedBy().contains(party.id())) {
            out.add(new Offer(CaseAction.RATE_SATISFACTION, null));
        }
    }

    /**
     * Whether a case with this outcome may be rated by its parties (issue 11 §1): once it concluded — settled,
     * failed, withdrawn or refused; not while open, nor while declined (the court may refer it again). The rule of
     * the offered action and of {@code SatisfactionService.rate}.
     */
    public static boolean mayRate(CaseOutcome outcome) {
        return outcome != null && outcome.concludes();
    }

    private static boolean runs(MediationCase c) {
        return MEDIATION_RUNS.contains(c.status());
    }

    private static boolean reportUnacknowledged(Records r) {
        return r.failureReport() != null && r.failureReport().acknowledgedAt() == null;
    }

    private static boolean effective(Records r) {
        return r.agreement() != null && r.agreement().status() == AgreementStatus.EFFECTIVE;
    }

    /** Settled with the agreement in effect and an obligation not yet performed. */
    private static boolean performable(MediationCase c, Records r) {
        return c.status() == CaseStatus.SETTLED && effective(r)
                && r.agreement().obligations().stream().anyMatch(o -> !o.performed());
    }

    private static boolean signing(Records r) {
        return r.agreement() != null && r.agreement().status() == AgreementStatus.SIGNING;
    }

    private static Stream<AgreementSignature> current(Records r) {
        return r.signatures().stream().filter(s -> s.revision() == r.agreement().revision());
    }
}

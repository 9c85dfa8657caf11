package org.sutiao.cases.application;

import org.sutiao.cases.domain.AgreementScope;
import org.sutiao.cases.domain.CaseOutcome;
import org.sutiao.cases.domain.FailureReason;
import org.sutiao.calendar.domain.WorkingDayCalendar;
import org.sutiao.cases.domain.CaseSource;
import org.sutiao.cases.domain.CaseStatus;
import org.sutiao.cases.domain.MediationCase;
import org.sutiao.cases.domain.ReferralKind;
import org.sutiao.shared.domain.BusinessTime;
import org.sutiao.shared.domain.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A case list row read as one projection (issue 10 §3: no entity graph per row): the columns of
 * {@link CaseSummary}, with the referring court, center and mediator joined once, and the summary computed from them
 * by the same rules as {@link CaseViews#summary}.
 */
final class CaseRows {
    /** The selected columns; the aliases {@code rk}, {@code rn}, {@code rm} are those of {@link #JOINS}. */
    static final String COLUMNS = "c.id, c.version, c.caseNumber, c.source, c.referralKind, c.courtCaseNumber,"
            + " rk.code, rk.name, rn.code, rn.name, c.causeOfAction, c.disputeType, c.claimAmount.amount,"
            + " c.claimAmount.currency, c.status, c.pushedAt, c.acceptanceDueDate, c.acceptanceDueProvisional,"
            + " c.acceptanceOverdue, rm.code, rm.name, c.mediationDueDate, c.consentDueDate,"
            + " c.mediationDueProvisional, c.consentDueProvisional, c.settledScope, c.failureReasonCode";
    static final String JOINS = " left join c.referringCourt rk join c.center rn left join c.mediator rm";

    private CaseRows() {
    }

    static CaseSummary summary(Object[] r, WorkingDayCalendar cal, LocalDate today) {
        CaseStatus status = (CaseStatus) r[14];
        LocalDate acceptanceDue = (LocalDate) r[16];
        boolean lapsed = MediationCase.acceptanceLapsed(status, acceptanceDue, BusinessTime.startOf(today));
        Integer workingDaysLeft = CaseViews.workingDaysLeft(status, acceptanceDue, cal, today);
        BigDecimal amount = (BigDecimal) r[12];
        return new CaseSummary((Long) r[0], ((Number) r[1]).longValue(), (String) r[2], (CaseSource) r[3],
                (ReferralKind) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9],
                (String) r[10], (String) r[11], amount == null ? null : Money.stored(amount, (String) r[13]), status,
                (Instant) r[15], acceptanceDue, (Boolean) r[17], (Boolean) r[18] || lapsed, workingDaysLeft,
                (String) r[19], (String) r[20], (LocalDate) r[21], (LocalDate) r[22], lapsed, (Boolean) r[23],
                (Boolean) r[24], CaseOutcome.of(status, (AgreementScope) r[25], (FailureReason) r[26]));
    }
}

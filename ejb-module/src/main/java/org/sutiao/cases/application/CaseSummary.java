package org.sutiao.cases.application;

import org.sutiao.cases.domain.CaseOutcome;
import org.sutiao.cases.domain.CaseSource;
import org.sutiao.cases.domain.CaseStatus;
import org.sutiao.cases.domain.ReferralKind;
import org.sutiao.shared.domain.Money;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of a case list: metadata only (no parties, facts or materials), safe for every role that sees the case.
 *
 * @param acceptanceDueDate last working day to accept (the period ends 24:00 Beijing time that day)
 * @param workingDaysLeft   working days after today up to the acceptance due date (0 on the last day); null
 *                          unless pending acceptance
 * @param mediationDueDate  last day of the mediation period, once accepted
 * @param consentDueDate    last working day for the respondents to consent to a direct application, once accepted
 * @param acceptanceLapsed  pending acceptance and its period ended (24:00 Beijing of the due date passed): the
 *                          center can no longer accept, the court may refer again
 * @param mediationDueProvisional true while the mediation due date reaches into a year without a loaded notice
 * @param consentDueProvisional   the same for the consent due date
 * @param outcome                 how the case ended ({@link CaseOutcome#of}); null while open
 */
public record CaseSummary(Long id, long version, String caseNumber, CaseSource source, ReferralKind referralKind,
                          String courtCaseNumber, String courtCode, String courtName, String centerCode,
                          String centerName, String causeOfAction, String disputeType, Money claimAmount,
                          CaseStatus status, Instant pushedAt, LocalDate acceptanceDueDate,
                          boolean acceptanceDueProvisional, boolean acceptanceOverdue, Integer workingDaysLeft,
                          String mediatorCode, String mediatorName, LocalDate mediationDueDate,
                          LocalDate consentDueDate, boolean acceptanceLapsed, boolean mediationDueProvisional,
                          boolean consentDueProvisional, CaseOutcome outcome) {
}

package org.sutiao.cases.domain;

import jakarta.persistence.*;
import org.sutiao.calendar.domain.DueDate;
import org.sutiao.calendar.domain.WorkingDayCalendar;

import java.time.LocalDate;

/**
 * The configured length of the mediation period per referral kind, with its legal basis. Default: 30 calendar
 * days for both kinds, counted from the acceptance date on the platform (notice 法办〔2024〕623号 §4(4)3; the
 * general rules' 15/7 days for 委托 do not apply to this mechanism, see RULES.md). A period ending on a rest day
 * ends on the next working day (民事诉讼法 Art. 85). Identity: the referral kind.
 */
@Entity
@Table(name = "mediation_period_rule")
@NamedQuery(name = "MediationPeriodRule.all", query = "select r from MediationPeriodRule r order by r.referralKind")
public class MediationPeriodRule {
    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "referral_kind", length = 10)
    private ReferralKind referralKind;
    @Version
    private long version;
    @Column(name = "calendar_days", nullable = false)
    private int calendarDays;
    @Column(name = "legal_basis", nullable = false, length = 200)
    private String legalBasis;

    protected MediationPeriodRule() {
    }

    public MediationPeriodRule(ReferralKind referralKind, int calendarDays, String legalBasis) {
        this.referralKind = referralKind;
        this.calendarDays = calendarDays;
        this.legalBasis = legalBasis;
    }

    /** The last day of mediation for a case accepted on {@code acceptanceDate} (a Beijing date). */
    public DueDate dueFrom(LocalDate acceptanceDate, WorkingDayCalendar calendar) {
        return calendar.addCalendarDays(acceptanceDate, calendarDays);
    }

    public ReferralKind referralKind() {
        return referralKind;
    }

    /** Length in calendar days. */
    public int calendarDays() {
        return calendarDays;
    }

    public String legalBasis() {
        return legalBasis;
    }
}

package org.sutiao.warning.domain;

import org.sutiao.cases.domain.DeadlineKind;

/**
 * What an early warning (预警, issue 11 §2) watches. Each kind counts its threshold in the unit of the period it
 * watches: the acceptance (3 working days, DESIGN.md §2), the respondents' consent (3 working days, 在线调解规则 Art. 15)
 * and the failure report (3 working days) in working days; the mediation period (30 calendar days), the joint
 * application for judicial confirmation (30 calendar days after the agreement took effect, 民事诉讼法 Art. 205), the
 * court's review of it (30 calendar days) and 久调不决 risk in calendar days. The names of the kinds read from an
 * open deadline row are those of its {@link DeadlineKind}.
 */
public enum WarningKind {
    /** A referral pending acceptance whose 3 working days run out (deadline ACCEPTANCE). */
    ACCEPTANCE(DeadlineKind.ACCEPTANCE, DayUnit.WORKING, 1),
    /** A direct application whose respondents' consent period runs out (deadline RESPONDENT_CONSENT). */
    RESPONDENT_CONSENT(DeadlineKind.RESPONDENT_CONSENT, DayUnit.WORKING, 1),
    /** A mediation period nearing its due date (deadline MEDIATION). */
    MEDIATION(DeadlineKind.MEDIATION, DayUnit.CALENDAR, 5),
    /** A failure report due (deadline FAILURE_REPORT). */
    FAILURE_REPORT(DeadlineKind.FAILURE_REPORT, DayUnit.WORKING, 1),
    /**
     * An effective agreement whose 30 days to apply jointly for judicial confirmation run out and no application was
     * completed yet (not an entrusted case; no deadline row: read from the agreement's effective date).
     */
    CONFIRMATION_WINDOW(null, DayUnit.CALENDAR, 5),
    /** The court's 30 days to rule on a judicial confirmation (deadline CONFIRMATION_REVIEW). */
    CONFIRMATION_REVIEW(DeadlineKind.CONFIRMATION_REVIEW, DayUnit.CALENDAR, 5),
    /**
     * 久调不决 risk: in mediation (not suspended) and no session scheduled for the threshold's days, counted from the
     * later of the acceptance and the last session's date; its "due date" is the day the risk began.
     */
    STALLED(null, DayUnit.CALENDAR, 20);

    private final DeadlineKind deadline;
    private final DayUnit unit;
    private final int defaultDays;

    WarningKind(DeadlineKind deadline, DayUnit unit, int defaultDays) {
        this.deadline = deadline;
        this.unit = unit;
        this.defaultDays = defaultDays;
    }

    /** The deadline row kind this warning reads, or null when it is read from other records. */
    public DeadlineKind deadline() {
        return deadline;
    }

    /** The unit its threshold and its days left count in. */
    public DayUnit unit() {
        return unit;
    }

    /** The threshold shipped in V27 (and used when a row is missing). */
    public int defaultDays() {
        return defaultDays;
    }

    /** The least threshold allowed: 1 day for {@link #STALLED} (0 days would flag every case), else 0 (due today). */
    public int minDays() {
        return this == STALLED ? 1 : 0;
    }

    /** The greatest threshold allowed: 180 days for {@link #STALLED}, 30 for the others (a period's length). */
    public int maxDays() {
        return this == STALLED ? 180 : 30;
    }

    /**
     * The kind named {@code code}, or null when no kind has that name (the caller reports it as a field error).
     */
    public static WarningKind parse(String code) {
        if (code == null) {
            return null;
        }
        for (WarningKind k : values()) {
            if (k.name().equals(code.strip())) {
                return k;
            }
        }
        return null;
    }
}

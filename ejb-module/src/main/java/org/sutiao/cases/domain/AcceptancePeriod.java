package org.sutiao.cases.domain;

import org.sutiao.calendar.domain.DueDate;
import org.sutiao.calendar.domain.WorkingDayCalendar;
import org.sutiao.shared.domain.BusinessTime;

import java.time.Instant;

/**
 * The acceptance period: a center must accept or decline by the end (24:00 Beijing time) of the 3rd working day
 * after the push date; the push date itself is not counted (notice 法办〔2024〕623号 §4(4)2, 在线调解规则
 * Art. 12, 民事诉讼法 Art. 85). The push date is the Beijing date of the push instant.
 */
public final class AcceptancePeriod {
    /** Working days a center has to decide. */
    public static final int WORKING_DAYS = 3;

    private AcceptancePeriod() {
    }

    /** The last day to decide for a case pushed at {@code pushedAt}; provisional across an unpublished year. */
    public static DueDate dueFor(Instant pushedAt, WorkingDayCalendar calendar) {
        return calendar.addWorkingDays(BusinessTime.dateOf(pushedAt), WORKING_DAYS);
    }

    /** When the center is reminded: 00:00 Beijing time of the last working day. */
    public static Instant reminderAt(DueDate due) {
        return BusinessTime.startOf(due.date());
    }
}

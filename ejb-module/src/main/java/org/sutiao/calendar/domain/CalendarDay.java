package org.sutiao.calendar.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.sutiao.shared.domain.VersionedEntity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One published entry of the State Council holiday notice: a holiday or a make-up workday. Identity: the date
 * (unique); equality by date.
 */
@Entity
@Table(name = "calendar_day")
@NamedQuery(name = "CalendarDay.all", query = "select d from CalendarDay d order by d.date")
@NamedQuery(name = "CalendarDay.byYear", query = "select d from CalendarDay d where d.year = :year order by d.date")
public class CalendarDay extends VersionedEntity {
    @Column(name = "cal_date", nullable = false, unique = true)
    private LocalDate date;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DayKind kind;
    @Column(nullable = false, length = 40)
    private String name;
    @Column(name = "notice_year", nullable = false)
    private int year;

    protected CalendarDay() {
    }

    /**
     * @param date the date; its year must equal {@code year}
     * @param kind holiday or make-up workday
     * @param name festival name as in the notice (元旦, 春节, ...)
     * @param year the notice's year
     */
    public CalendarDay(LocalDate date, DayKind kind, String name, int year) {
        this.date = Objects.requireNonNull(date);
        this.kind = Objects.requireNonNull(kind);
        this.name = Objects.requireNonNull(name);
        this.year = year;
    }

    public LocalDate date() {
        return date;
    }

    public DayKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public int year() {
        return year;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CalendarDay c && date.equals(c.date);
    }

    @Override
    public int hashCode() {
        return date.hashCode();
    }
}

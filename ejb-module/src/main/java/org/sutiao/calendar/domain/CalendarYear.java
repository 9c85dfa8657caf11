package org.sutiao.calendar.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A year whose holiday notice is loaded (its entries are {@link CalendarDay}s). Identity: the year.
 */
@Entity
@Table(name = "calendar_year")
@NamedQuery(name = "CalendarYear.all", query = "select y from CalendarYear y order by y.year")
@NamedQuery(name = "CalendarYear.stamps", query = "select y.year, y.loadedAt from CalendarYear y order by y.year")
public class CalendarYear {
    @Id
    @Column(name = "notice_year")
    private int year;
    @Version
    private long version;
    @Column(nullable = false, length = 200)
    private String source;
    @Column(name = "loaded_at", nullable = false)
    private Instant loadedAt;
    @Column(name = "loaded_by", nullable = false, length = 64)
    private String loadedBy;

    protected CalendarYear() {
    }

    public CalendarYear(int year, String source, Instant loadedAt, String loadedBy) {
        this.year = year;
        this.source = source;
        this.loadedAt = loadedAt;
        this.loadedBy = loadedBy;
    }

    public int year() {
        return year;
    }

    public String source() {
        return source;
    }

    public Instant loadedAt() {
        return loadedAt;
    }

    public String loadedBy() {
        return loadedBy;
    }

    public long version() {
        return version;
    }
}

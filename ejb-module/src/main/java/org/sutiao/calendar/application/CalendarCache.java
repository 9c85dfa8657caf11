package org.sutiao.calendar.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.sutiao.calendar.domain.WorkingDayCalendar;

import java.util.function.Supplier;

/**
 * The last {@link WorkingDayCalendar} built on this node, with the stamp of the loaded years it was built from
 * ({@link CalendarService#current()}: each year and when it was loaded). One per node; never EclipseLink's shared
 * cache. A caller that sees another stamp (a year loaded, here or on another node, or a loading transaction that
 * rolled back) rebuilds it; concurrent rebuilds are harmless (the same rows give the same calendar).
 */
@ApplicationScoped
public class CalendarCache {
    private record Entry(String stamp, WorkingDayCalendar calendar) {
    }

    private volatile Entry entry;

    /**
     * The calendar built for {@code stamp}: the cached one when it was built for the same stamp, otherwise
     * {@code build}'s, which is kept.
     */
    public WorkingDayCalendar get(String stamp, Supplier<WorkingDayCalendar> build) {
        Entry e = entry;
        if (e != null && e.stamp().equals(stamp)) {
            return e.calendar();
        }
        WorkingDayCalendar built = build.get();
        entry = new Entry(stamp, built);
        return built;
    }
}

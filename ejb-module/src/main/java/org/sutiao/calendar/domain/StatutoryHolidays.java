package org.sutiao.calendar.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The statutory public holidays of a year (《全国年节及纪念日放假办法》, as amended by 国务院令第795号 from 1 January
 * 2025): 元旦 1 January; 春节 除夕 to 正月初三 (4 days); 清明 (1 day); 劳动节 1–2 May; 端午 五月初五; 中秋 八月十五;
 * 国庆 1–3 October. For years before 2025 the earlier text applies (春节 初一 to 初三, 劳动节 1 May only).
 * <p>
 * These are the days off the law fixes; the State Council's yearly notice adds bridging days and make-up workdays,
 * which are never guessed here. Lunar dates and 清明 come from {@link LunarCalendar}. Results are cached per year.
 */
public final class StatutoryHolidays {
    /** The first year of the 2024 amendment (国务院令第795号, in force 1 January 2025). */
    public static final int AMENDED_FROM = 2025;
    private static final Map<Integer, Map<LocalDate, String>> CACHE = new ConcurrentHashMap<>();

    private StatutoryHolidays() {
    }

    /**
     * Every statutory holiday of {@code year}, in date order, with its festival name (元旦, 春节, 清明节, 劳动节, 端午节,
     * 中秋节, 国庆节). 除夕 of a year may fall in the year before only in theory (正月初一 is never before 21 January).
     */
    public static Map<LocalDate, String> of(int year) {
        return CACHE.computeIfAbsent(year, StatutoryHolidays::compute);
    }

    /** True when {@code date} is a statutory holiday of its year. */
    public static boolean isHoliday(LocalDate date) {
        return of(date.getYear()).containsKey(date);
    }

    private static Map<LocalDate, String> compute(int year) {
        boolean amended = year >= AMENDED_FROM;
        Map<LocalDate, String> days = new TreeMap<>();
        days.put(LocalDate.of(year, 1, 1), "元旦");
        LocalDate newYear = LunarCalendar.toGregorian(year, 1, 1);
        for (LocalDate d = amended ? newYear.minusDays(1) : newYear; !d.isAfter(newYear.plusDays(2)); d = d.plusDays(1)) {
            days.put(d, "春节");
        }
        days.put(LunarCalendar.qingming(year), "清明节");
        days.put(LocalDate.of(year, 5, 1), "劳动节");
        if (amended) {
            days.put(LocalDate.of(year, 5, 2), "劳动节");
        }
        days.put(LunarCalendar.toGregorian(year, 5, 5), "端午节");
        days.putIfAbsent(LunarCalendar.toGregorian(year, 8, 15), "中秋节");
        for (int d = 1; d <= 3; d++) {
            days.merge(LocalDate.of(year, 10, d), "国庆节", (a, b) -> b + "、" + a);
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(days));
    }
}

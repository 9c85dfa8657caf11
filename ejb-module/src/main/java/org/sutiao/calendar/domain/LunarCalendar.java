package org.sutiao.calendar.domain;

import com.ibm.icu.impl.CalendarAstronomer;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import org.sutiao.shared.domain.BusinessTime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The dates of the Chinese calendar (农历) the statutory holidays depend on, as the Purple Mountain Observatory
 * publishes them (GB/T 33661-2017 《农历的编算和颁行》: a month begins on the Beijing date of the new moon; 清明 is
 * the Beijing date on which the apparent ecliptic longitude of the sun reaches 15°).
 * <ul>
 * <li>Which lunation is 正月, 五月 or 八月 (leap months included) comes from ICU4J's {@link ChineseCalendar}.</li>
 * <li>ICU's own new-moon instants can be off by tens of minutes; where a new moon falls near Beijing midnight
 * (6 February 2027 23:56, 3 February 2030 00:07) its day is then wrong. So the first day of the month is the
 * Beijing date of the true new moon nearest ICU's first day, computed to seconds by the algorithm of J. Meeus,
 * <i>Astronomical Algorithms</i> (2nd ed., ch. 49), with ΔT for the 2020s.</li>
 * <li>清明 is ICU's {@link CalendarAstronomer#getSunTime(double, boolean)} (accurate to about 20 minutes; the
 * published instants of 2025–2030 lie more than an hour from midnight).</li>
 * </ul>
 * Pure and thread-safe: every call builds its own ICU objects.
 */
public final class LunarCalendar {
    private static final double MEAN_SYNODIC_MONTH = 29.530588861;
    private static final double JD_UNIX_EPOCH = 2440587.5;

    private LunarCalendar() {
    }

    /**
     * The Gregorian date of a day of a (non-leap) month of the Chinese year that begins in {@code gregorianYear}.
     *
     * @param month 1 (正月) to 12
     * @param day   1 to 30
     */
    public static LocalDate toGregorian(int gregorianYear, int month, int day) {
        return firstOfMonth(gregorianYear, month).plusDays(day - 1L);
    }

    /** 除夕: the last day of the Chinese year before 正月初一 of {@code gregorianYear}. */
    public static LocalDate newYearsEve(int gregorianYear) {
        return firstOfMonth(gregorianYear, 1).minusDays(1);
    }

    /** 清明: the Beijing date on which the sun's apparent longitude reaches 15° (4 or 5 April). */
    public static LocalDate qingming(int gregorianYear) {
        CalendarAstronomer astronomer = new CalendarAstronomer(
                BusinessTime.startOf(LocalDate.of(gregorianYear, 3, 1)).toEpochMilli());
        long at = astronomer.getSunTime(Math.toRadians(15), true);
        return BusinessTime.dateOf(Instant.ofEpochMilli(at));
    }

    /** 初一 of the month: the Beijing date of the true new moon nearest ICU's first day of it. */
    static LocalDate firstOfMonth(int gregorianYear, int month) {
        ChineseCalendar cc = new ChineseCalendar(TimeZone.getTimeZone(BusinessTime.ZONE.getId()));
        cc.setTimeInMillis(LocalDate.of(gregorianYear, 7, 1).atTime(LocalTime.NOON).atZone(BusinessTime.ZONE)
                .toInstant().toEpochMilli());
        cc.set(ChineseCalendar.MONTH, month - 1);
        cc.set(ChineseCalendar.IS_LEAP_MONTH, 0);
        cc.set(ChineseCalendar.DAY_OF_MONTH, 1);
        LocalDate icu = BusinessTime.dateOf(Instant.ofEpochMilli(cc.getTimeInMillis()));
        return BusinessTime.dateOf(newMoonNear(icu));
    }

    /** The instant of the true new moon nearest to noon (Beijing) of {@code date}. */
    static Instant newMoonNear(LocalDate date) {
        double jd = date.atTime(LocalTime.NOON).atZone(BusinessTime.ZONE).toInstant().toEpochMilli() / 86_400_000.0
                + JD_UNIX_EPOCH;
        double k = Math.round((jd - 2451550.09766) / MEAN_SYNODIC_MONTH);
        return newMoon(k);
    }

    /** Meeus ch. 49: the new moon of lunation {@code k} (k = 0 on 6 January 2000), converted from TT to UT. */
    static Instant newMoon(double k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double t4 = t3 * t;
        double jde = 2451550.09766 + MEAN_SYNODIC_MONTH * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
        double e = 1 - 0.002516 * t - 0.0000074 * t2;
        double m = 2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3;
        double mp = 201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4;
        double f = 160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4;
        double omega = 124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3;
        double periodic = -0.40720 * sin(mp) + 0.17241 * e * sin(m) + 0.01608 * sin(2 * mp) + 0.01039 * sin(2 * f)
                + 0.00739 * e * sin(mp - m) - 0.00514 * e * sin(mp + m) + 0.00208 * e * e * sin(2 * m)
                - 0.00111 * sin(mp - 2 * f) - 0.00057 * sin(mp + 2 * f) + 0.00056 * e * sin(2 * mp + m)
                - 0.00042 * sin(3 * mp) + 0.00042 * e * sin(m + 2 * f) + 0.00038 * e * sin(m - 2 * f)
                - 0.00024 * e * sin(2 * mp - m) - 0.00017 * sin(omega) - 0.00007 * sin(mp + 2 * m)
                + 0.00004 * sin(2 * mp - 2 * f) + 0.00004 * sin(3 * m) + 0.00003 * sin(mp + m - 2 * f)
                + 0.00003 * sin(2 * mp + 2 * f) - 0.00003 * sin(mp + m + 2 * f) + 0.00003 * sin(mp - m + 2 * f)
                - 0.00002 * sin(mp - m - 2 * f) - 0.00002 * sin(3 * mp + m) + 0.00002 * sin(4 * mp);
        double[][] planetary = {
                {299.77, 0.107408, 0.000325}, {251.88, 0.016321, 0.000165}, {251.83, 26.651886, 0.000164},
                {349.42, 36.412478, 0.000126}, {84.66, 18.206239, 0.000110}, {141.74, 53.303771, 0.000062},
                {207.14, 2.453732, 0.000060}, {154.84, 7.306860, 0.000056}, {34.52, 27.261239, 0.000047},
                {207.19, 0.121824, 0.000042}, {291.34, 1.844379, 0.000040}, {161.72, 24.198154, 0.000037},
                {239.56, 25.513099, 0.000035}, {331.55, 3.592518, 0.000023}};
        double additional = 0;
        for (int i = 0; i < planetary.length; i++) {
            double argument = planetary[i][0] + planetary[i][1] * k - (i == 0 ? 0.009173 * t2 : 0);
            additional += planetary[i][2] * sin(argument);
        }
        jde += periodic + additional;
        double year = 2000 + k / 12.3685;
        double deltaTSeconds = 69.2 + 0.3 * (year - 2024);
        double jdUt = jde - deltaTSeconds / 86_400;
        return Instant.ofEpochMilli(Math.round((jdUt - JD_UNIX_EPOCH) * 86_400_000));
    }

    private static double sin(double degrees) {
        return Math.sin(Math.toRadians(degrees));
    }
}

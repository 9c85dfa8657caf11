package org.sutiao.calendar.domain;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The calendar the product ships ({@code /seed/cn-holidays.csv}, years 2024–2026), for tests. */
public final class ShippedCalendar {
    private ShippedCalendar() {
    }

    public static WorkingDayCalendar load() {
        Map<LocalDate, DayKind> days = new HashMap<>();
        Set<Integer> years = new HashSet<>();
        try (Reader r = new InputStreamReader(ShippedCalendar.class.getResourceAsStream("/seed/cn-holidays.csv"),
                StandardCharsets.UTF_8);
             CSVParser p = CSVParser.parse(r, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            for (CSVRecord rec : p) {
                days.put(LocalDate.parse(rec.get("date")),
                        "workday".equals(rec.get("kind")) ? DayKind.WORKDAY : DayKind.HOLIDAY);
                years.add(Integer.parseInt(rec.get("year")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WorkingDayCalendar(days, years);
    }
}

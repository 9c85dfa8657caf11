package org.sutiao.calendar.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.sutiao.calendar.application.CalendarEntry;
import org.sutiao.calendar.application.CalendarService;
import org.sutiao.calendar.domain.DayKind;
import org.sutiao.shared.domain.InvalidInputException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /api/v1/calendar}: the loaded years and their entries (any logged-in role), and
 * {@code PUT /calendar/{year}} for operators to load a year's State Council notice, which recomputes the
 * provisional deadlines reaching into it.
 */
@Path("/calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {
    @Inject
    CalendarService calendar;

    /** One entry: {@code {"date":"2027-01-01","kind":"HOLIDAY","name":"元旦"}}. */
    public record EntryJson(String date, String kind, String name) {
    }

    /** Body of a year: its source and entries. */
    public record YearJson(Integer year, String source, List<EntryJson> entries) {
    }

    @GET
    public List<Integer> years() {
        return calendar.years().stream().map(y -> y.year()).toList();
    }

    @GET
    @Path("/{year}")
    public YearJson year(@PathParam("year") int year) {
        return new YearJson(year, null, calendar.days(year).stream()
                .map(d -> new EntryJson(d.date().toString(), d.kind().name(), d.name())).toList());
    }

    @PUT
    @Path("/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response load(@PathParam("year") int year, YearJson body) {
        if (body == null || body.entries() == null) {
            throw new InvalidInputException("entries", "validation.required");
        }
        List<CalendarEntry> entries = new ArrayList<>();
        for (int i = 0; i < body.entries().size(); i++) {
            EntryJson e = body.entries().get(i);
            if (e == null) {
                throw new InvalidInputException("entries[" + i + "]", "calendar.entryIncomplete", i + 1);
            }
            try {
                entries.add(new CalendarEntry(e.date() == null ? null : LocalDate.parse(e.date()),
                        e.kind() == null ? null : DayKind.valueOf(e.kind().strip().toUpperCase()), e.name()));
            } catch (IllegalArgumentException | DateTimeParseException ex) {
                throw new InvalidInputException("entries[" + i + "]", "calendar.entryInvalid", i + 1);
            }
        }
        calendar.loadYear(year, entries, body.source());
        return Response.ok(year(year)).build();
    }
}

package org.sutiao.roster.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.sutiao.roster.application.NationalRosterService;
import org.sutiao.roster.application.RosterFilter;
import org.sutiao.roster.domain.CertificationStatus;
import org.sutiao.roster.domain.Employment;
import org.sutiao.roster.domain.MediatorStatus;
import org.sutiao.roster.domain.NationalRosterEntry;
import org.sutiao.roster.domain.RosterSnapshot;
import org.sutiao.shared.application.Messages;
import org.sutiao.shared.rest.Params;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/v1/roster/mediators}: the national mediator roster (approved data only). Query parameters
 * {@code region}, {@code industry}, {@code specialty}, {@code language}, {@code employment} (FULL_TIME | PART_TIME),
 * {@code certification} (VALID | EXPIRING | EXPIRED | NONE), {@code status} (ACTIVE | SUSPENDED | EXITED),
 * {@code center}, {@code q} (name, code or center name), paging {@code first} (default 0) and {@code max}
 * (default 50, ≤ 500), {@code sort} (code, name, region, centerCode, yearsExperience, trainingHours, certValidTo)
 * and {@code order} (asc | desc). {@code /roster/mediators.xlsx} answers the same filtered list as an Excel
 * workbook in the caller's language (Accept-Language).
 */
@Path("/roster")
@RequestScoped
public class RosterResource {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    NationalRosterService roster;

    /** A mediator on the national roster, as published (no identity number, no phone). */
    public record RosterEntryJson(String code, String name, String centerCode, String centerName, String region,
                                  String industry, String employment, String profession, List<String> specialties,
                                  List<String> languages, int yearsExperience, String certLevel, String certNumber,
                                  LocalDate certValidTo, String certification, BigDecimal trainingHours,
                                  String status) {
        static RosterEntryJson of(NationalRosterEntry e, LocalDate today) {
            RosterSnapshot s = e.snapshot();
            return new RosterEntryJson(s.code(), s.name(), s.centerCode(), s.centerName(), s.region(), s.industry(),
                    s.employment().name(), s.profession(), s.specialties(), s.languages(), s.yearsExperience(),
                    s.certLevel() == null ? null : s.certLevel().name(), s.certNumber(), s.certValidTo(),
                    s.certificationStatus(today).name(), e.trainingHours(), s.status().name());
        }
    }

    /** One page of the search with the total and the counts per region and industry of the whole result. */
    public record RosterPage(long total, int first, List<RosterEntryJson> items, Map<String, Long> countsByRegion,
                             Map<String, Long> countsByIndustry) {
    }

    @GET
    @Path("/mediators")
    @Produces(MediaType.APPLICATION_JSON)
    public RosterPage search(@QueryParam("region") String region, @QueryParam("industry") String industry,
                             @QueryParam("specialty") String specialty, @QueryParam("language") String language,
                             @QueryParam("employment") String employment,
                             @QueryParam("certification") String certification, @QueryParam("status") String status,
                             @QueryParam("center") String center, @QueryParam("q") String text,
                             @QueryParam("first") String first, @QueryParam("max") String max,
                             @QueryParam("sort") String sort, @QueryParam("order") String order) {
        RosterFilter filter = filter(region, industry, specialty, language, employment, certification, status,
                center, text);
        int from = Params.integer("first", first, 0);
        if (order != null && !order.isBlank() && !order.equalsIgnoreCase("asc") && !order.equalsIgnoreCase("desc")) {
            throw new org.sutiao.shared.domain.InvalidInputException("order", "validation.value", order);
        }
        LocalDate today = roster.today();
        List<RosterEntryJson> items = roster.search(filter, from, Params.integer("max", max, 50), sort,
                !"desc".equalsIgnoreCase(order)).stream().map(e -> RosterEntryJson.of(e, today)).toList();
        return new RosterPage(roster.count(filter), from, items, roster.countsByRegion(filter),
                roster.countsByIndustry(filter));
    }

    @GET
    @Path("/mediators.xlsx")
    @Produces(XLSX)
    public Response export(@QueryParam("region") String region, @QueryParam("industry") String industry,
                           @QueryParam("specialty") String specialty, @QueryParam("language") String language,
                           @QueryParam("employment") String employment,
                           @QueryParam("certification") String certification, @QueryParam("status") String status,
                           @QueryParam("center") String center, @QueryParam("q") String text,
                           @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) throws IOException {
        RosterFilter filter = filter(region, industry, specialty, language, employment, certification, status,
                center, text);
        // written inside the EJB call (its transaction and security), then streamed
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        roster.exportXlsx(filter, Messages.fromHeader(acceptLanguage), buffer);
        String name = Messages.get(Messages.fromHeader(acceptLanguage), "roster.sheet") + "-" + roster.today() + ".xlsx";
        StreamingOutput body = out -> buffer.writeTo(out);
        return Response.ok(body, XLSX).header("Content-Disposition", "attachment; filename=\"roster.xlsx\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20")).build();
    }

    /** The filter from query parameters; unknown enumeration values are a 400 naming the parameter. */
    static RosterFilter filter(String region, String industry, String specialty, String language, String employment,
                               String certification, String status, String center, String text) {
        return new RosterFilter(region, industry, specialty, language,
                Params.enumValue("employment", Employment.class, employment),
                Params.enumValue("certification", CertificationStatus.class, certification),
                Params.enumValue("status", MediatorStatus.class, status), center, text);
    }
}

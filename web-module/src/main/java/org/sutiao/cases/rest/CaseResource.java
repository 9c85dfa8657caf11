package org.sutiao.cases.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.sutiao.cases.application.AcceptanceService;
import org.sutiao.cases.application.CaseFilter;
import org.sutiao.cases.application.CaseQueryService;
import org.sutiao.cases.application.Page;
import org.sutiao.cases.application.CaseSummary;
import org.sutiao.cases.domain.CaseStatus;
import org.sutiao.cases.domain.DeclineReasonCode;
import org.sutiao.cases.domain.ReferralKind;
import org.sutiao.shared.domain.InvalidInputException;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

/**
 * {@code /api/v1/cases}: the list (filters and paging, within the caller's scope), the detail with its timeline,
 * a material's bytes, and the center's and court's decisions. Outside the scope: 404.
 */
@Path("/cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {
    @Inject
    CaseQueryService queries;
    @Inject
    AcceptanceService acceptance;

    /** A page of cases: {@code {"total":…, "first":…, "size":…, "items":[…]}}. */
    public record CasePage(long total, int first, int size, List<CaseJson> items) {
    }

    /**
     * Body of accept: {@code {"mediatorCode":"M0009"}}, optional {@code version}, and
     * {@code conflictOverrideReason} to assign despite a conflict-check hit (recorded).
     */
    public record AcceptRequest(String mediatorCode, Long version, String conflictOverrideReason) {
    }

    /** Body of decline: a reason code, a written reason, optional {@code version}. */
    public record DeclineRequest(String reasonCode, String reason, Long version) {
    }

    /** Body of a re-referral after a decline or a lapse: the new center. */
    public record ReReferralRequest(String centerCode, Long version) {
    }

    /**
     * @param status     a {@code CaseStatus} name
     * @param kind       DELEGATED or ENTRUSTED
     * @param pushedFrom first push date (Beijing, ISO date), inclusive
     * @param sort       pushedAt, acceptanceDueDate, caseNumber, status, mediationDueDate or courtCaseNumber
     */
    @GET
    public CasePage list(@QueryParam("status") String status, @QueryParam("kind") String kind,
                         @QueryParam("courtCode") String courtCode, @QueryParam("centerCode") String centerCode,
                         @QueryParam("q") String text, @QueryParam("pushedFrom") String pushedFrom,
                         @QueryParam("pushedTo") String pushedTo, @QueryParam("overdue") Boolean overdue,
                         @QueryParam("first") @DefaultValue("0") String firstParam,
                         @QueryParam("size") @DefaultValue("20") String sizeParam,
                         @QueryParam("sort") String sort, @QueryParam("asc") @DefaultValue("false") boolean asc) {
        int first = integer("first", firstParam, 0, Integer.MAX_VALUE);
        int size = integer("size", sizeParam, 1, 200);
        if (sort != null && !sort.isBlank() && !CaseQueryService.SORTABLE.contains(sort)) {
            throw new InvalidInputException("sort", "validation.value", sort);
        }
        CaseFilter filter = new CaseFilter(parse("status", status, CaseStatus::valueOf),
                parse("kind", kind, ReferralKind::valueOf), courtCode, centerCode, text,
                parse("pushedFrom", pushedFrom, LocalDate::parse), parse("pushedTo", pushedTo, LocalDate::parse),
                overdue);
        Page<CaseSummary> page = queries.search(filter, first, size, sort, asc);
        return new CasePage(page.total(), page.first(), page.size(),
                page.rows().stream().map(CaseJson::summary).toList());
    }

    @GET
    @Path("/{id}")
    public CaseJson get(@PathParam("id") long id) {
        return CaseJson.detail(queries.detail(id));
    }

    /** The bytes of a material, with its original file name (RFC 5987 for non-ASCII names). */
    @GET
    @Path("/{id}/materials/{materialId}")
    @Produces(MediaType.WILDCARD)
    public Response material(@PathParam("id") long id, @PathParam("materialId") long materialId) {
        CaseQueryService.MaterialDownload m = queries.material(id, materialId);
        String encoded = URLEncoder.encode(m.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(m.content(), m.contentType())
                .header("Content-Disposition", "attachment; filename=\"material\"; filename*=UTF-8''" + encoded)
                .header("Digest", "sha-256=" + m.sha256())
                .build();
    }

    /** The center's active mediators for this case, the referring court's invited ones first ({@code invited}). */
    @GET
    @Path("/{id}/assignable-mediators")
    public List<AcceptanceService.MediatorOption> assignableMediators(@PathParam("id") long id) {
        return acceptance.assignableMediators(id);
    }

    @POST
    @Path("/{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseJson accept(@PathParam("id") long id, AcceptRequest body) {
        if (body == null) {
            throw new InvalidInputException("mediatorCode", "validation.required");
        }
        acceptance.accept(id, body.mediatorCode(), body.version(), body.conflictOverrideReason());
        return CaseJson.detail(queries.detail(id));
    }

    @POST
    @Path("/{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseJson decline(@PathParam("id") long id, DeclineRequest body) {
        if (body == null) {
            throw new InvalidInputException("reasonCode", "validation.required");
        }
        acceptance.decline(id, parse("reasonCode", body.reasonCode(), DeclineReasonCode::valueOf), body.reason(),
                body.version());
        return CaseJson.detail(queries.detail(id));
    }

    @POST
    @Path("/{id}/re-referral")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseJson referAgain(@PathParam("id") long id, ReReferralRequest body) {
        if (body == null) {
            throw new InvalidInputException("centerCode", "validation.required");
        }
        acceptance.referAgain(id, body.centerCode(), body.version());
        return CaseJson.detail(queries.detail(id));
    }

    private static int integer(String field, String value, int min, int max) {
        try {
            int v = Integer.parseInt(value.strip());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException(field, "validation.range", min, max);
    }

    private static <T> T parse(String field, String value, Function<String, T> parser) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidInputException(field, "validation.value", value);
        }
    }
}

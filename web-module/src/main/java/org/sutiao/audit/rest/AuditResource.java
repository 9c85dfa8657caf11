package org.sutiao.audit.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.bind.annotation.JsonbNillable;
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
import org.sutiao.audit.application.AuditFilter;
import org.sutiao.audit.application.AuditQueries;
import org.sutiao.audit.application.Verification;
import org.sutiao.audit.domain.AuditEntry;
import org.sutiao.shared.application.Messages;
import org.sutiao.shared.domain.BusinessTime;
import org.sutiao.shared.rest.Params;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /api/v1/audit}: the audit log for operators and CCPIT HQ (others 403). Query parameters {@code caseId},
 * {@code username}, {@code organization}, {@code action} (exact), {@code from}, {@code to} (ISO date in Beijing time,
 * {@code to} inclusive, or an instant with offset, {@code to} exclusive), paging {@code first} (default 0) and
 * {@code size} (default 50, ≤ 500), newest first. {@code /audit.xlsx} answers the same filtered list as an Excel
 * workbook in the caller's language; {@code /audit/verification} checks the hash chain.
 */
@Path("/")
@RequestScoped
public class AuditResource {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    AuditQueries audit;

    /** One entry as the viewer shows it. */
    public record EntryJson(Long id, Instant at, String username, String role, String organization, String action,
                            Long caseId, String detail, String outcome, String clientAddress) {
        static EntryJson of(AuditEntry e) {
            return new EntryJson(e.id(), e.at(), e.username(), e.role(), e.organization(), e.action(), e.caseId(),
                    e.detail(), e.outcome(), e.clientAddress());
        }
    }

    /** One page with the number of all matching entries. */
    public record EntryPage(long total, int first, int size, List<EntryJson> items) {
    }

    @GET
    @Path("/audit")
    @Produces(MediaType.APPLICATION_JSON)
    public EntryPage search(@QueryParam("caseId") String caseId, @QueryParam("username") String username,
                            @QueryParam("organization") String organization, @QueryParam("action") String action,
                            @QueryParam("from") String from, @QueryParam("to") String to,
                            @QueryParam("first") String first, @QueryParam("size") String size) {
        AuditFilter filter = AuditParams.filter(caseId, username, organization, action, from, to);
        int f = Params.integer("first", first, 0);
        int s = Params.integer("size", size, 50);
        AuditQueries.AuditPage page = audit.searchLog(filter, f, s);
        return new EntryPage(page.total(), f, s, page.items().stream().map(EntryJson::of).toList());
    }

    @GET
    @Path("/audit.xlsx")
    @Produces(XLSX)
    public Response export(@QueryParam("caseId") String caseId, @QueryParam("username") String username,
                           @QueryParam("organization") String organization, @QueryParam("action") String action,
                           @QueryParam("from") String from, @QueryParam("to") String to,
                           @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) throws IOException {
        AuditFilter filter = AuditParams.filter(caseId, username, organization, action, from, to);
        // written inside the EJB call (its transaction, security and audit), then streamed
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        audit.exportXlsx(filter, Messages.fromHeader(acceptLanguage), buffer);
        String name = Messages.get(Messages.fromHeader(acceptLanguage), "audit.sheet") + "-"
                + LocalDate.now(BusinessTime.ZONE) + ".xlsx";
        StreamingOutput body = buffer::writeTo;
        return Response.ok(body, XLSX).header("Content-Disposition", "attachment; filename=\"audit.xlsx\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20")).build();
    }

    /**
     * The verification's answer; {@code firstBrokenId} is written as null when the chain is intact; {@code pending}:
     * entries committed during the verification, not yet sealed onto the chain (checked by the next one).
     */
    @JsonbNillable
    public record VerificationJson(boolean intact, long entries, Long firstBrokenId, long pending) {
    }

    @GET
    @Path("/audit/verification")
    @Produces(MediaType.APPLICATION_JSON)
    public VerificationJson verify() {
        Verification v = audit.verify();
        return new VerificationJson(v.intact(), v.entries(), v.firstBrokenId(), v.pending());
    }
}

package org.sutiao.cases.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.sutiao.cases.application.AcceptanceService;
import org.sutiao.cases.application.MaterialService;
import org.sutiao.cases.application.MediationService;
import org.sutiao.cases.application.WorkspaceView;
import org.sutiao.cases.domain.CourtAction;
import org.sutiao.cases.domain.FailureReason;
import org.sutiao.shared.domain.PlainText;
import org.sutiao.shared.rest.Params;
import org.sutiao.cases.application.CaseFilter;
import org.sutiao.cases.application.CaseQueryService;
import org.sutiao.cases.application.Page;
import org.sutiao.cases.application.CaseSummary;
import org.sutiao.cases.domain.CaseStatus;
import org.sutiao.cases.domain.DeclineReasonCode;
import org.sutiao.cases.domain.ReferralKind;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.rest.RequestLocale;

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
    @Inject
    MediationService mediation;
    @Inject
    org.sutiao.cases.application.DirectApplicationService applications;
    @Inject
    MaterialService materials;
    @Inject
    org.sutiao.agreements.application.AgreementService agreements;

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.HttpHeaders headers;

    /** The language of the request's labels (Accept-Language; Chinese by default). */
    private java.util.Locale locale() {
        return RequestLocale.of(headers);
    }

    /**
     * A page of cases: {@code {"total":…, "totalExact":…, "first":…, "size":…, "next":…, "items":[…]}}. {@code total}
     * counts up to 1,000 ({@code totalExact} false past it) and is absent on a page reached by a cursor; {@code next}
     * is the {@code after} cursor of the following page, absent on the last.
     */
    public record CasePage(Long total, boolean totalExact, int first, int size, String next, List<CaseJson> items) {
    }

    /**
     * Body of accept: {@code {"mediatorCode":"M0009"}}, optional {@code version}, and
     * {@code conflictOverrideReason} to assign despite a conflict-check hit (recorded).
     */
    public record AcceptRequest(String mediatorCode, Long version,
                                @PlainText(multiline = true) String conflictOverrideReason) {
    }

    /** Body of decline: a reason code, a written reason, optional {@code version}. */
    public record DeclineRequest(String reasonCode, @PlainText(multiline = true) String reason, Long version) {
    }

    /** Body of a re-referral after a decline or a lapse: the new center. */
    public record ReReferralRequest(String centerCode, Long version) {
    }

    /**
     * @param status     a {@code CaseStatus} name
     * @param kind       DELEGATED or ENTRUSTED
     * @param pushedFrom first push date (Beijing, ISO date), inclusive
     * @param sort       pushedAt, acceptanceDueDate, caseNumber, status, mediationDueDate or courtCaseNumber
     * @param after      the {@code next} of the previous page (keyset paging; {@code first} is then ignored)
     * @param mediator   a mediator's code: only the cases of that current mediator (within the caller's scope)
     * @param former     true: instead of its own cases, those a center declined or let lapse (read-only)
     */
    @GET
    public CasePage list(@QueryParam("status") String status, @QueryParam("kind") String kind,
                         @QueryParam("courtCode") String courtCode, @QueryParam("centerCode") String centerCode,
                         @QueryParam("q") String text, @QueryParam("pushedFrom") String pushedFrom,
                         @QueryParam("pushedTo") String pushedTo, @QueryParam("overdue") Boolean overdue,
                         @QueryParam("first") @DefaultValue("0") String firstParam,
                         @QueryParam("size") @DefaultValue("20") String sizeParam,
                         @QueryParam("sort") String sort, @QueryParam("asc") @DefaultValue("false") boolean asc,
                         @QueryParam("after") String after, @QueryParam("mediator") String mediator,
                         @QueryParam("former") @DefaultValue("false") boolean former) {
        int first = org.sutiao.shared.rest.Params.integer("first", firstParam, 0, Integer.MAX_VALUE);
        int size = org.sutiao.shared.rest.Params.integer("size", sizeParam, 1, 200);
        if (sort != null && !sort.isBlank() && !CaseQueryService.SORTABLE.contains(sort)) {
            throw new InvalidInputException("sort", "validation.value", sort);
        }
        CaseFilter filter = new CaseFilter(parse("status", status, CaseStatus::valueOf),
                parse("kind", kind, ReferralKind::valueOf), courtCode, centerCode, text,
                parse("pushedFrom", pushedFrom, LocalDate::parse), parse("pushedTo", pushedTo, LocalDate::parse),
                overdue, mediator, former);
        Page<CaseSummary> page = queries.search(filter, after, first, size, sort, asc);
        return new CasePage(page.total() < 0 ? null : page.total(), page.totalExact(), page.first(), page.size(),
                page.next(), page.rows().stream().map(CaseJson::summary).toList());
    }

    @GET
    @Path("/{id}")
    public CaseJson get(@PathParam("id") long id) {
        return CaseJson.detail(queries.detail(id), locale());
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
        return CaseJson.detail(queries.detail(id), locale());
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
        return CaseJson.detail(queries.detail(id), locale());
    }

    @POST
    @Path("/{id}/re-referral")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseJson referAgain(@PathParam("id") long id, ReReferralRequest body) {
        if (body == null) {
            throw new InvalidInputException("centerCode", "validation.required");
        }
        acceptance.referAgain(id, body.centerCode(), body.version());
        return CaseJson.detail(queries.detail(id), locale());
    }

    @GET
    @Path("/{id}/mediation")
    public MediationJson.WorkspaceJson workspace(@PathParam("id") long id) {
        return MediationJson.WorkspaceJson.of(mediation.workspace(id));
    }

    @POST
    @Path("/{id}/disclosure")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseJson disclose(@PathParam("id") long id, MediationJson.DisclosureRequest body) {
        if (body == null) {
            throw new InvalidInputException("hasConflict", "validation.required");
        }
        mediation.disclose(id, Params.bool("hasConflict", body.hasConflict()), body.details());
        return CaseJson.detail(queries.detail(id), locale());
    }

    @POST
    @Path("/{id}/disclosure/consent")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseJson answerDisclosure(@PathParam("id") long id, MediationJson.AgreeRequest body) {
        if (body == null) {
            throw new InvalidInputException("agree", "validation.required");
        }
        mediation.answerDisclosure(id, Params.bool("agree", body.agree()));
        return CaseJson.detail(queries.detail(id), locale());
    }

    @POST
    @Path("/{id}/replacement-request")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseJson requestReplacement(@PathParam("id") long id, MediationJson.ReasonRequest body) {
        mediation.requestReplacement(id, body == null ? null : body.reason());
        return CaseJson.detail(queries.detail(id), locale());
    }

    @POST
    @Path("/{id}/mediator-replacement")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseJson replaceMediator(@PathParam("id") long id, MediationJson.ReplacementRequest body) {
        if (body == null) {
            throw new InvalidInputException("mediatorCode", "validation.required");
        }
        mediation.replaceMediator(id, body.mediatorCode(), body.reason(), body.conflictOverrideReason());
        return CaseJson.detail(queries.detail(id), locale());
    }

    @POST
    @Path("/{id}/suspensions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response suspend(@PathParam("id") long id, MediationJson.SuspensionRequest body) {
        if (body == null) {
            throw new InvalidInputException("startDate", "validation.required");
        }
        var s = mediation.suspend(id, body.institution(), body.reason(), Params.date("startDate", body.startDate()));
        return Response.status(Response.Status.CREATED).entity(MediationJson.SuspensionJson.of(WorkspaceView.suspension(s, true))).build();
    }

    @POST
    @Path("/{id}/suspensions/{sid}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseJson endSuspension(@PathParam("id") long id, @PathParam("sid") long sid, MediationJson.EndRequest body) {
        mediation.endSuspension(id, sid, Params.date("endDate", body == null ? null : body.endDate()));
        return CaseJson.detail(queries.detail(id), locale());
    }

    @POST
    @Path("/{id}/extensions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response proposeExtension(@PathParam("id") long id, MediationJson.ExtensionRequest body) {
        if (body == null) {
            throw new InvalidInputException("newDueDate", "validation.required");
        }
        var e = mediation.proposeExtension(id, Params.date("newDueDate", body.newDueDate()), body.reason());
        return Response.status(Response.Status.CREATED).entity(MediationJson.ExtensionJson.of(WorkspaceView.extension(e, true))).build();
    }

    @POST
    @Path("/{id}/extensions/{eid}/consent")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseJson consentExtension(@PathParam("id") long id, @PathParam("eid") long eid,
                                     MediationJson.ConsentRequest body) {
        mediation.consentExtension(id, eid, body == null ? null : body.partyId(), body == null ? null : body.materialId());
        return CaseJson.detail(queries.detail(id), locale());
    }

    @POST
    @Path("/{id}/failure")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseJson fail(@PathParam("id") long id, MediationJson.FailureRequest body) {
        if (body == null) {
            throw new InvalidInputException("reasonCode", "validation.required");
        }
        mediation.fail(id, Params.enumValue("reasonCode", FailureReason.class, body.reasonCode()), body.reason());
        return CaseJson.detail(queries.detail(id), locale());
    }

    @POST
    @Path("/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseJson withdraw(@PathParam("id") long id, MediationJson.ReasonRequest body) {
        mediation.withdraw(id, body == null ? null : body.reason());
        return CaseJson.detail(queries.detail(id), locale());
    }

    @POST
    @Path("/{id}/failure-report")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reportFailure(@PathParam("id") long id, MediationJson.FailureReportRequest body) {
        if (body == null) {
            throw new InvalidInputException("basicSituation", "validation.required");
        }
        var r = mediation.reportFailure(id, body.basicSituation(), body.failureReasons(),
                MediationJson.conduct(body.costIncreasingConduct()), body.notesForCourt());
        return Response.status(Response.Status.CREATED).entity(MediationJson.FailureReportJson.of(WorkspaceView.failureReport(r, true))).build();
    }

    /**
     * The court acknowledges a failure report with what it did; for a direct application the applicant (a PARTY)
     * acknowledges it instead, with the action {@code APPLICANT_INFORMED} or no body.
     */
    @POST
    @Path("/{id}/failure-report/acknowledgement")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseJson acknowledge(@PathParam("id") long id, MediationJson.AcknowledgementRequest body,
                                @jakarta.ws.rs.core.Context jakarta.ws.rs.core.SecurityContext security) {
        if (security.isUserInRole(org.sutiao.identity.domain.Role.PARTY_ROLE)) {
            mediation.acknowledgeFailureReportAsApplicant(id);
            return CaseJson.detail(queries.detail(id), locale());
        }
        if (body == null) {
            throw new InvalidInputException("action", "validation.required");
        }
        mediation.acknowledgeFailureReport(id, Params.enumValue("action", CourtAction.class, body.action()),
                body.filedCaseNumber());
        return CaseJson.detail(queries.detail(id), locale());
    }

    /** Body of POST /cases/{id}/respondent-consent: {@code agree} must be a JSON boolean; a refusal needs a reason. */
    public record RespondentConsentRequest(jakarta.json.JsonValue agree, @PlainText(multiline = true) String reason) {
    }

    /** A respondent consents to or refuses a direct application (在线调解规则 Art. 15). */
    @POST
    @Path("/{id}/respondent-consent")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseJson respondentConsent(@PathParam("id") long id, RespondentConsentRequest body) {
        if (body == null || body.agree() == null) {
            throw new InvalidInputException("agree", "validation.required");
        }
        applications.answer(id, Params.bool("agree", body.agree()), body.reason());
        return CaseJson.detail(queries.detail(id), locale());
    }

    /** Body of POST /cases/{id}/materials: one document, Base64. */
    public record MaterialUpload(String fileName, @PlainText(multiline = true) String contentBase64) {
    }

    @POST
    @Path("/{id}/materials")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addMaterial(@PathParam("id") long id, MaterialUpload body) {
        if (body == null || body.contentBase64() == null) {
            throw new InvalidInputException("contentBase64", "validation.required");
        }
        byte[] content;
        try {
            content = org.sutiao.shared.rest.Base64Spool.decode(body.contentBase64());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("contentBase64", "validation.base64");
        }
        var m = materials.add(id, body.fileName(), content);
        return Response.status(Response.Status.CREATED).entity(java.util.Map.of("id", m.id(), "fileName", m.fileName(),
                "contentType", m.contentType(), "size", m.sizeBytes(), "sha256", m.sha256())).build();
    }

    /** The agreement document exactly as signed (PDF from the template, or the uploaded scan). */
    @GET
    @Path("/{id}/agreement.pdf")
    @Produces({"application/pdf", "image/jpeg", "image/png"})
    public Response agreementDocument(@PathParam("id") long id) {
        byte[] doc = agreements.document(id);
        String type = doc.length > 3 && doc[0] == '%' && doc[1] == 'P' ? "application/pdf"
                : doc.length > 2 && (doc[0] & 0xff) == 0xFF ? "image/jpeg" : "image/png";
        return Response.ok(doc, type).header("Content-Disposition", "inline; filename=\"agreement-" + id
                + (type.equals("application/pdf") ? ".pdf" : type.equals("image/jpeg") ? ".jpg" : ".png") + "\"").build();
    }

    /** Body of POST /cases/{id}/performance. */
    public record PerformanceRequest(Integer obligationSeq, String performedOn,
                                     @PlainText(multiline = true) String evidence) {
    }

    @POST
    @Path("/{id}/performance")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseJson perform(@PathParam("id") long id, PerformanceRequest body) {
        if (body == null || body.obligationSeq() == null) {
            throw new InvalidInputException("obligationSeq", "validation.required");
        }
        agreements.perform(id, body.obligationSeq(), Params.date("performedOn", body.performedOn()), body.evidence());
        return CaseJson.detail(queries.detail(id), locale());
    }

    @POST
    @Path("/{id}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response scheduleSession(@PathParam("id") long id, MediationJson.SessionRequest body) {
        if (body == null) {
            throw new InvalidInputException("scheduledAt", "validation.required");
        }
        java.time.Instant when = parse("scheduledAt", body.scheduledAt(), v -> java.time.OffsetDateTime.parse(v).toInstant());
        var s = mediation.scheduleSession(id, when, Params.enumValue("mode", org.sutiao.cases.domain.SessionMode.class,
                body.mode()), body.placeOrLink(), body.participants());
        return Response.status(Response.Status.CREATED).entity(new MediationJson.SessionJson(s.id(), s.scheduledAt(),
                s.mode().name(), s.placeOrLink(), s.participants(), s.minutes())).build();
    }

    @PUT
    @Path("/{id}/sessions/{sid}/minutes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response minutes(@PathParam("id") long id, @PathParam("sid") long sid, MediationJson.MinutesRequest body) {
        mediation.recordMinutes(id, sid, body == null ? null : body.minutes());
        return Response.noContent().build();
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

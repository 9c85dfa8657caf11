package org.sutiao.roster.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.sutiao.roster.application.CenterForm;
import org.sutiao.roster.application.CenterService;
import org.sutiao.roster.application.RosterReportService;
import org.sutiao.roster.application.RosterService;
import org.sutiao.roster.domain.AssessmentGrade;
import org.sutiao.roster.domain.CenterKind;
import org.sutiao.roster.domain.CounterpartType;
import org.sutiao.roster.domain.ExitReason;
import org.sutiao.roster.domain.MediationCenter;
import org.sutiao.roster.domain.Mediator;
import org.sutiao.roster.domain.MediatorProfile;
import org.sutiao.roster.domain.MeritKind;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.NotFoundException;
import org.sutiao.shared.domain.PlainText;
import org.sutiao.shared.rest.Params;

import java.net.URI;
import java.util.Base64;
import java.util.List;

/**
 * {@code /api/v1/centers}: the centers (HQ keeps their construction facts) and each center's own mediator roster
 * (its center admin keeps it; HQ reads it), with the roster reports to HQ. Mediators are addressed by code; a
 * mediator of another center than the path's answers 404.
 * <ul>
 * <li>{@code GET /centers} · {@code POST /centers {"code","kind",…CenterForm}} · {@code GET|PUT /centers/{code}}
 * ({@code PUT} body: the form and {@code version}) · {@code POST /centers/{code}/rules
 * {"fileName","contentType","contentBase64"}}</li>
 * <li>{@code GET|POST /centers/{code}/mediators} · {@code GET|PUT /centers/{code}/mediators/{m}} ·
 * {@code POST …/{m}/suspension {"suspended","reason","version"}} · {@code POST …/{m}/exit
 * {"exitDate","exitReason","note","version"}} · {@code POST …/{m}/assessments {"period","score","grade","assessor"}} ·
 * {@code POST …/{m}/merits {"kind","occurredOn","reason"}} · {@code POST …/{m}/relationships
 * {"counterpartType","name","code","relation"}} · {@code DELETE …/{m}/relationships/{id}}</li>
 * <li>{@code GET|POST /centers/{code}/roster-reports} ({@code POST {"note"}} submits the unreported changes) ·
 * {@code GET /centers/{code}/roster-changes} (not yet reported)</li>
 * </ul>
 */
@Path("/centers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CenterRosterResource {
    @Inject
    CenterService centers;
    @Inject
    RosterService roster;
    @Inject
    RosterReportService reports;

    /** Body of POST /centers. */
    public record NewCenter(String code, String kind, CenterForm center) {
    }

    /** Body of PUT /centers/{code}. */
    public record CenterUpdate(CenterForm center, Long version) {
    }

    /** Body of POST /centers/{code}/rules. */
    public record RulesUpload(String fileName, String contentType, @PlainText(multiline = true) String contentBase64) {
    }

    /** Body of PUT …/mediators/{m}. */
    public record ProfileUpdate(MediatorProfile profile, Long version) {
    }

    /** Body of POST …/suspension. */
    public record Suspension(jakarta.json.JsonValue suspended, @PlainText(multiline = true) String reason,
                             Long version) {
    }

    /** Body of POST …/exit. */
    public record Exit(String exitDate, String exitReason, @PlainText(multiline = true) String note, Long version) {
    }

    /** Body of POST …/assessments. */
    public record Assessment(String period, String score, String grade, String assessor) {
    }

    /** Body of POST …/merits. */
    public record Merit(String kind, String occurredOn, @PlainText(multiline = true) String reason) {
    }

    /** Body of POST …/relationships. */
    public record Relationship(String counterpartType, String name, String code, String relation) {
    }

    /** Body of POST …/roster-reports. */
    public record ReportRequest(@PlainText(multiline = true) String note) {
    }

    @GET
    public List<RosterJson.CenterJson> list() {
        return centers.centers().stream().map(RosterJson.CenterJson::of).toList();
    }

    @POST
    public Response create(NewCenter body) {
        if (body == null || body.center() == null) {
            throw new InvalidInputException("center", "validation.required");
        }
        MediationCenter c = centers.create(body.code(), Params.enumValue("kind", CenterKind.class, body.kind()),
                body.center());
        return Response.created(URI.create("centers/" + c.code())).entity(RosterJson.CenterJson.of(c)).build();
    }

    @GET
    @Path("/{code}")
    public RosterJson.CenterJson get(@PathParam("code") String code) {
        return RosterJson.CenterJson.of(centers.center(code));
    }

    @PUT
    @Path("/{code}")
    public RosterJson.CenterJson update(@PathParam("code") String code, CenterUpdate body) {
        if (body == null || body.center() == null) {
            throw new InvalidInputException("center", "validation.required");
        }
        return RosterJson.CenterJson.of(centers.update(code, body.center(), body.version()));
    }

    @POST
    @Path("/{code}/rules")
    public RosterJson.CenterJson rules(@PathParam("code") String code, RulesUpload body) {
        if (body == null || body.contentBase64() == null) {
            throw new InvalidInputException("file", "validation.required");
        }
        byte[] content;
        try {
            content = org.sutiao.shared.rest.Base64Spool.decode(body.contentBase64());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("contentBase64", "validation.base64");
        }
        return RosterJson.CenterJson.of(centers.uploadRules(code, body.fileName(), body.contentType(), content));
    }

    @GET
    @Path("/{code}/mediators")
    public List<RosterJson.MediatorJson> roster(@PathParam("code") String code) {
        return roster.roster(code).stream().map(RosterJson.MediatorJson::of).toList();
    }

    @POST
    @Path("/{code}/mediators")
    public Response enrol(@PathParam("code") String code, MediatorProfile body) {
        if (body == null) {
            throw new InvalidInputException("name", "validation.required");
        }
        Mediator m = roster.enrol(code, body);
        return Response.created(URI.create("centers/" + code + "/mediators/" + m.code()))
                .entity(RosterJson.MediatorJson.of(m)).build();
    }

    @GET
    @Path("/{code}/mediators/{mediator}")
    public RosterJson.MediatorRecordJson record(@PathParam("code") String code,
                                                @PathParam("mediator") String mediator) {
        return RosterJson.MediatorRecordJson.of(own(code, roster.record(mediator)));
    }

    @PUT
    @Path("/{code}/mediators/{mediator}")
    public RosterJson.MediatorJson update(@PathParam("code") String code, @PathParam("mediator") String mediator,
                                          ProfileUpdate body) {
        check(code, mediator);
        if (body == null || body.profile() == null) {
            throw new InvalidInputException("profile", "validation.required");
        }
        return RosterJson.MediatorJson.of(roster.update(mediator, body.profile(), body.version()));
    }

    @POST
    @Path("/{code}/mediators/{mediator}/suspension")
    public Response suspend(@PathParam("code") String code, @PathParam("mediator") String mediator, Suspension body) {
        check(code, mediator);
        if (body == null) {
            throw new InvalidInputException("reason", "validation.required");
        }
        roster.setSuspended(mediator, Params.bool("suspended", body.suspended()), body.reason(), body.version());
        return Response.noContent().build();
    }

    @POST
    @Path("/{code}/mediators/{mediator}/exit")
    public Response exit(@PathParam("code") String code, @PathParam("mediator") String mediator, Exit body) {
        check(code, mediator);
        if (body == null) {
            throw new InvalidInputException("exitDate", "validation.required");
        }
        roster.exit(mediator, Params.date("exitDate", body.exitDate()),
                Params.enumValue("exitReason", ExitReason.class, body.exitReason()), body.note(), body.version());
        return Response.noContent().build();
    }

    @POST
    @Path("/{code}/mediators/{mediator}/assessments")
    public Response assess(@PathParam("code") String code, @PathParam("mediator") String mediator, Assessment body) {
        check(code, mediator);
        if (body == null) {
            throw new InvalidInputException("period", "validation.required");
        }
        roster.assess(mediator, body.period(), Params.decimal("score", body.score()),
                Params.enumValue("grade", AssessmentGrade.class, body.grade()), body.assessor());
        return Response.status(Response.Status.CREATED).build();
    }

    @POST
    @Path("/{code}/mediators/{mediator}/merits")
    public Response merit(@PathParam("code") String code, @PathParam("mediator") String mediator, Merit body) {
        check(code, mediator);
        if (body == null) {
            throw new InvalidInputException("kind", "validation.required");
        }
        roster.recordMerit(mediator, Params.enumValue("kind", MeritKind.class, body.kind()),
                Params.date("occurredOn", body.occurredOn()), body.reason());
        return Response.status(Response.Status.CREATED).build();
    }

    @POST
    @Path("/{code}/mediators/{mediator}/relationships")
    public Response relate(@PathParam("code") String code, @PathParam("mediator") String mediator,
                           Relationship body) {
        check(code, mediator);
        if (body == null) {
            throw new InvalidInputException("counterpartName", "validation.required");
        }
        var r = roster.declareRelationship(mediator,
                Params.enumValue("counterpartType", CounterpartType.class, body.counterpartType()), body.name(),
                body.code(), body.relation());
        return Response.status(Response.Status.CREATED).entity(RosterJson.RelationshipJson.of(r)).build();
    }

    @DELETE
    @Path("/{code}/mediators/{mediator}/relationships/{id}")
    public Response withdraw(@PathParam("code") String code, @PathParam("mediator") String mediator,
                             @PathParam("id") long id) {
        check(code, mediator);
        roster.withdrawRelationship(mediator, id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{code}/roster-changes")
    public List<RosterJson.ChangeJson> unreported(@PathParam("code") String code) {
        return reports.unreported(code).stream().map(RosterJson.ChangeJson::of).toList();
    }

    @GET
    @Path("/{code}/roster-reports")
    public List<RosterJson.ReportJson> reports(@PathParam("code") String code) {
        return reports.reportsOf(code).stream().map(RosterJson.ReportJson::of).toList();
    }

    @POST
    @Path("/{code}/roster-reports")
    public Response submit(@PathParam("code") String code, ReportRequest body) {
        var r = reports.submit(code, body == null ? null : body.note());
        return Response.created(URI.create("roster-reports/" + r.id())).entity(RosterJson.ReportJson.of(r)).build();
    }

    /** 404 unless the mediator belongs to the path's center (and the caller may see it). */
    private void check(String centerCode, String mediatorCode) {
        if (!roster.mediator(mediatorCode).center().code().equals(centerCode)) {
            throw new NotFoundException("mediator.notFound", mediatorCode);
        }
    }

    private static RosterService.MediatorRecord own(String centerCode, RosterService.MediatorRecord r) {
        if (!r.mediator().center().code().equals(centerCode)) {
            throw new NotFoundException("mediator.notFound", r.mediator().code());
        }
        return r;
    }
}

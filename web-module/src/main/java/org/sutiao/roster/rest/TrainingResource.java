package org.sutiao.roster.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.sutiao.roster.application.TrainingService;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.rest.Params;

import java.util.List;

/**
 * {@code /api/v1/training/courses}: training records (notice §5(5)). {@code GET} the courses the caller sees;
 * {@code POST {"title","provider","heldOn","hours"}} records one organised by the caller's organisation;
 * {@code GET /{id}/attendance}; {@code POST /{id}/attendance {"mediatorCode","hours"}} (hours optional: the whole
 * course).
 */
@Path("/training/courses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrainingResource {
    @Inject
    TrainingService training;

    /** Body of POST. */
    public record CourseRequest(String title, String provider, String heldOn, String hours) {
    }

    /** Body of POST /{id}/attendance. */
    public record AttendanceRequest(String mediatorCode, String hours) {
    }

    /** One attendance. */
    public record AttendanceJson(String mediatorCode, String mediatorName, java.math.BigDecimal hours) {
    }

    @GET
    public List<RosterJson.CourseJson> courses() {
        return training.courses().stream().map(RosterJson.CourseJson::of).toList();
    }

    @POST
    public Response record(CourseRequest body) {
        if (body == null) {
            throw new InvalidInputException("title", "validation.required");
        }
        var c = training.record(body.title(), body.provider(), Params.date("heldOn", body.heldOn()),
                Params.decimal("hours", body.hours()));
        return Response.status(Response.Status.CREATED).entity(RosterJson.CourseJson.of(c)).build();
    }

    @GET
    @Path("/{id}/attendance")
    public List<AttendanceJson> attendance(@PathParam("id") long id) {
        return training.attendance(id).stream()
                .map(a -> new AttendanceJson(a.mediator().code(), a.mediator().name(), a.hours())).toList();
    }

    @POST
    @Path("/{id}/attendance")
    public Response attend(@PathParam("id") long id, AttendanceRequest body) {
        if (body == null) {
            throw new InvalidInputException("mediatorCode", "validation.required");
        }
        var a = training.attend(id, body.mediatorCode(), Params.decimal("hours", body.hours()));
        return Response.status(Response.Status.CREATED)
                .entity(new AttendanceJson(a.mediator().code(), a.mediator().name(), a.hours())).build();
    }
}

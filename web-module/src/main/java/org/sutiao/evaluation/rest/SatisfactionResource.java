package org.sutiao.evaluation.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.sutiao.evaluation.application.SatisfactionService;
import org.sutiao.shared.domain.InvalidInputException;

/**
 * {@code POST /api/v1/cases/{id}/satisfaction {"score":1..5,"comment":"…"}}: a party rates its concluded case once
 * (201 without body; 400 on the field, 404 outside scope, 409 not concluded or already rated).
 */
@Path("/cases/{id}/satisfaction")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SatisfactionResource {
    @Inject
    SatisfactionService satisfaction;

    /** The body: a score 1–5 and an optional comment. */
    public record RatingJson(Integer score, String comment) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response rate(@PathParam("id") long id, RatingJson body) {
        if (body == null) {
            throw new InvalidInputException("score", "validation.required");
        }
        satisfaction.rate(id, body.score(), body.comment());
        return Response.status(Response.Status.CREATED).build();
    }
}

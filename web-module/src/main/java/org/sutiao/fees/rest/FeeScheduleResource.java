package org.sutiao.fees.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.sutiao.fees.application.CenterFees;
import org.sutiao.fees.application.FeeScheduleService;
import org.sutiao.fees.domain.FeeBasis;
import org.sutiao.fees.domain.FeeBracket;
import org.sutiao.fees.domain.FeeSchedule;
import org.sutiao.fees.domain.FeeTerms;
import org.sutiao.shared.domain.InvalidInputException;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code /api/v1/centers/{centerCode}/fee-schedules}: a center's published versions (any logged-in role) and
 * publishing a new one (the center's admin, or HQ; 201 with the version). There is deliberately no PUT, PATCH or
 * DELETE: a published version is never edited, only superseded by publishing another (those methods answer 405).
 */
@Path("/centers/{centerCode}/fee-schedules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FeeScheduleResource {
    @Inject
    FeeScheduleService schedules;
    @Context
    UriInfo uri;

    /** The center's currencies, each with the version in force and every version, newest first. */
    @GET
    public FeeJson.CenterJson list(@PathParam("centerCode") String centerCode) {
        return FeeJson.CenterJson.of(schedules.centerFees(centerCode));
    }

    /** One version of one currency ({@code /CNY/2}). */
    @GET
    @Path("/{currency}/{version}")
    public FeeJson.ScheduleJson get(@PathParam("centerCode") String centerCode,
                                    @PathParam("currency") String currency, @PathParam("version") int version) {
        FeeSchedule s = schedules.version(centerCode, currency, version);
        CenterFees fees = schedules.centerFees(centerCode);
        return FeeJson.ScheduleJson.of(s, fees.currencies().stream().filter(c -> c.currency().equals(currency))
                .findFirst().orElse(null));
    }

    /**
     * Publishes a new version: {@code {"currency":"CNY","basis":"AMOUNT_BRACKETS","effectiveFrom":"2027-01-01",
     * "minimumFee":"1000","brackets":[{"lowerBound":"0","upperBound":"100000","ratePercent":"2"},…],"notes":"…"}}
     * or with {@code "basis":"MEDIATOR_HOURS","hourlyRate":"800"} and no brackets.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response publish(@PathParam("centerCode") String centerCode, FeeJson.PublishRequest body) {
        if (body == null) {
            throw new InvalidInputException("basis", "validation.required");
        }
        List<FeeBracket> brackets = new ArrayList<>();
        if (body.brackets() != null) {
            for (int i = 0; i < body.brackets().size(); i++) {
                FeeJson.BracketJson b = body.brackets().get(i);
                String at = "brackets[" + i + "].";
                brackets.add(b == null ? null : new FeeBracket(FeeJson.decimal(at + "lowerBound", b.lowerBound()),
                        FeeJson.decimal(at + "upperBound", b.upperBound()),
                        FeeJson.decimal(at + "ratePercent", b.ratePercent())));
            }
        }
        FeeTerms terms = new FeeTerms(body.currency(), FeeJson.constant(FeeBasis.class, "basis", body.basis()),
                FeeJson.date("effectiveFrom", body.effectiveFrom()), FeeJson.decimal("minimumFee", body.minimumFee()),
                FeeJson.decimal("hourlyRate", body.hourlyRate()), brackets, body.notes());
        FeeSchedule s = schedules.publish(centerCode, terms);
        CenterFees fees = schedules.centerFees(centerCode);
        FeeJson.ScheduleJson json = FeeJson.ScheduleJson.of(s, fees.currencies().stream()
                .filter(c -> c.currency().equals(s.currency())).findFirst().orElse(null));
        return Response.created(uri.getAbsolutePathBuilder().path(s.currency()).path(String.valueOf(s.versionNo()))
                .build()).entity(json).build();
    }
}

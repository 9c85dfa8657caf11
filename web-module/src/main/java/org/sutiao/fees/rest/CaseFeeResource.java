package org.sutiao.fees.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.sutiao.fees.application.CaseFeeService;
import org.sutiao.fees.application.FeeStatement;
import org.sutiao.fees.domain.PaymentStatus;
import org.sutiao.fees.domain.ShareAmount;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.Money;
import org.sutiao.shared.rest.RequestLocale;

import java.util.ArrayList;
import java.util.List;

/**
 * A case's fee and subsidies under {@code /api/v1/cases/{id}}: {@code GET /fee} (everyone in the case's scope; a
 * case that is not charged answers 200 with {@code "chargeable":false} and {@code notCharged} saying why);
 * {@code PUT /fee/shares}, {@code POST /fee/shares/{partyId}/payment}, {@code POST /fee/hours},
 * {@code POST /subsidies} (the case's center admin). Each write answers the case's fee as {@code GET /fee} does.
 */
@Path("/cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CaseFeeResource {
    @Inject
    CaseFeeService fees;
    @Context
    HttpHeaders headers;

    /** The case's fee, or why it has none, and its subsidies; 404 outside the caller's scope. */
    @GET
    @Path("/{id}/fee")
    public FeeJson.StatementJson fee(@PathParam("id") long id) {
        return json(fees.statement(id));
    }

    /** {@code {"version":3,"shares":[{"partyId":101,"amount":"3640.00"},…]}}; parties left out pay nothing. */
    @PUT
    @Path("/{id}/fee/shares")
    @Consumes(MediaType.APPLICATION_JSON)
    public FeeJson.StatementJson split(@PathParam("id") long id, FeeJson.SplitRequest body) {
        if (body == null || body.shares() == null) {
            throw new InvalidInputException("shares", "validation.required");
        }
        List<ShareAmount> shares = new ArrayList<>();
        for (int i = 0; i < body.shares().size(); i++) {
            FeeJson.ShareInput s = body.shares().get(i);
            shares.add(s == null ? null : new ShareAmount(s.partyId(),
                    FeeJson.decimal("shares[" + i + "].amount", s.amount())));
        }
        return json(fees.changeSplit(id, shares, body.version()));
    }

    /** {@code {"status":"PAID","paidOn":"2026-12-01"}}, {@code {"status":"WAIVED"}} or {@code {"status":"UNPAID"}}. */
    @POST
    @Path("/{id}/fee/shares/{partyId}/payment")
    @Consumes(MediaType.APPLICATION_JSON)
    public FeeJson.StatementJson payment(@PathParam("id") long id, @PathParam("partyId") long partyId,
                                         FeeJson.PaymentRequest body) {
        if (body == null) {
            throw new InvalidInputException("status", "validation.required");
        }
        return json(fees.recordPayment(id, partyId, FeeJson.constant(PaymentStatus.class, "status", body.status()),
                FeeJson.date("paidOn", body.paidOn()), body.version()));
    }

    /** {@code {"hours":"2.5"}}: the mediator's hours of an hourly-basis case; the fee is recomputed. */
    @POST
    @Path("/{id}/fee/hours")
    @Consumes(MediaType.APPLICATION_JSON)
    public FeeJson.StatementJson hours(@PathParam("id") long id, FeeJson.HoursRequest body) {
        if (body == null) {
            throw new InvalidInputException("hours", "validation.required");
        }
        return json(fees.recordHours(id, FeeJson.decimal("hours", body.hours()), body.version()));
    }

    /** {@code {"amount":{"amount":"5000.00","currency":"CNY"},"source":"…","grantedOn":"2026-12-01"}}: 201. */
    @POST
    @Path("/{id}/subsidies")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response subsidy(@PathParam("id") long id, FeeJson.SubsidyRequest body) {
        if (body == null) {
            throw new InvalidInputException("amount", "validation.required");
        }
        Money amount = body.amount() == null ? null : Money.of(body.amount().amount(), body.amount().currency());
        FeeStatement s = fees.recordSubsidy(id, amount, body.source(), FeeJson.date("grantedOn", body.grantedOn()));
        return Response.status(Response.Status.CREATED).entity(json(s)).build();
    }

    private FeeJson.StatementJson json(FeeStatement s) {
        return FeeJson.StatementJson.of(s, RequestLocale.of(headers));
    }
}

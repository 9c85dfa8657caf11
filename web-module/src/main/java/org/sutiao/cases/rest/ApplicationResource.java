package org.sutiao.cases.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.sutiao.cases.application.CaseQueryService;
import org.sutiao.cases.application.DirectApplicationCommand;
import org.sutiao.cases.application.DirectApplicationService;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.PlainText;
import org.sutiao.shared.rest.RequestLocale;

import java.util.List;

/**
 * Direct applications by a party with a confirmed identity (notice 法办〔2024〕623号 §4(4)5): {@code POST
 * /api/v1/applications} answers 201 with the case (status PENDING_ACCEPTANCE) and its {@code Location};
 * {@code GET /applications/centers?region=…&industry=…} lists the centers one may apply to and
 * {@code GET /applications/centers/{code}/mediators} the mediators one may name.
 */
@Path("/applications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationResource {
    @Inject
    DirectApplicationService applications;
    @Inject
    CaseQueryService queries;
    @Context
    UriInfo uri;

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.HttpHeaders headers;

    /** The language of the request's labels (Accept-Language; Chinese by default). */
    private java.util.Locale locale() {
        return RequestLocale.of(headers);
    }

    /**
     * The body: the applicant is the caller; respondents are parties as in a referral (role RESPONDENT or
     * THIRD_PARTY); materials carry Base64.
     */
    public record ApplicationRequest(String centerCode, String causeOfAction, String disputeType,
                                     @PlainText(multiline = true) String facts, MoneyJson claimAmount,
                                     String applicantPhone, String applicantAddress,
                                     List<ReferralRequest.PartyJson> respondents,
                                     List<ReferralRequest.ClaimJson> claims,
                                     List<ReferralRequest.MaterialJson> materials, String preferredMediatorCode) {
        DirectApplicationCommand toCommand() {
            return new DirectApplicationCommand(centerCode, causeOfAction, disputeType, facts,
                    ReferralRequest.money(claimAmount), applicantPhone, applicantAddress,
                    respondents == null ? null : respondents.stream().map(p -> p == null ? null : p.toInput()).toList(),
                    ReferralRequest.claims(claims), ReferralRequest.files(materials), preferredMediatorCode);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response apply(ApplicationRequest body) {
        if (body == null) {
            throw new InvalidInputException("body", "validation.required");
        }
        Long id = applications.apply(body.toCommand());
        return Response.created(uri.getBaseUriBuilder().path("cases/{id}").build(id))
                .entity(CaseJson.detail(queries.detail(id), locale())).build();
    }

    @GET
    @Path("/centers")
    public List<DirectApplicationService.CenterChoice> centers(@QueryParam("region") String region,
                                                               @QueryParam("industry") String industry) {
        return applications.centers(region, industry);
    }

    @GET
    @Path("/centers/{code}/mediators")
    public List<DirectApplicationService.MediatorChoice> mediators(@PathParam("code") String code) {
        return applications.mediators(code);
    }
}

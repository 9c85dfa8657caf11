package org.sutiao.identity.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import org.sutiao.identity.application.LoginThrottle;
import org.sutiao.identity.application.PartyAccountService;
import org.sutiao.shared.domain.IdentityType;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.rest.Params;

/**
 * Party accounts (人民法院在线调解规则 Art. 17). {@code POST /api/v1/party-accounts} (no login) registers an account;
 * {@code GET /api/v1/me/identity} shows the caller's state; {@code POST /api/v1/me/identity} is step 1 of the
 * first-login confirmation, {@code {"name","identityType","identityCode","serviceAddress","warningAcknowledged":true}}
 * → 202 and a code sent out of band; {@code POST /api/v1/me/identity/verification {"code"}} is step 2;
 * {@code POST /api/v1/me/identity/proof} asks for a code to the records' contacts of a declared identity.
 */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PartyAccountResource {
    @Inject
    PartyAccountService accounts;
    @Inject
    LoginThrottle throttle;
    @Context
    HttpServletRequest request;

    /** Body of the confirmation; {@code warningAcknowledged} must be the JSON literal true. */
    public record ConfirmationRequest(String name, String identityType, String identityCode, String serviceAddress,
                                      jakarta.json.JsonValue warningAcknowledged) {
    }

    @POST
    @Path("party-accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(PartyAccountService.Registration body) {
        throttle.registrationAttempt(request.getRemoteAddr());
        if (body == null) {
            throw new InvalidInputException("username", "validation.required");
        }
        return Response.status(Response.Status.CREATED).entity(accounts.register(body)).build();
    }

    @GET
    @Path("me/identity")
    public PartyAccountService.IdentityStatus identity() {
        return accounts.status();
    }

    @POST
    @Path("me/identity")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response requestCode(ConfirmationRequest body) {
        throttle.identityCodeAttempt(request.getRemoteAddr());
        if (body == null) {
            throw new InvalidInputException("name", "validation.required");
        }
        boolean ack = body.warningAcknowledged() != null
                && Params.bool("warningAcknowledged", body.warningAcknowledged());
        return Response.accepted(accounts.requestCode(new PartyAccountService.IdentityConfirmation(body.name(),
                body.identityType() == null ? null : Params.enumValue("identityType", IdentityType.class,
                        body.identityType()), body.identityCode(), body.serviceAddress(), ack))).build();
    }

    /** Body of step 2: the six-digit code received. */
    public record VerificationRequest(String code) {
    }

    @POST
    @Path("me/identity/verification")
    @Consumes(MediaType.APPLICATION_JSON)
    public PartyAccountService.IdentityStatus verify(VerificationRequest body) {
        throttle.identityCodeAttempt(request.getRemoteAddr());
        if (body == null || body.code() == null || body.code().isBlank()) {
            throw new InvalidInputException("code", "validation.required");
        }
        return accounts.verifyCode(body.code());
    }

    @POST
    @Path("me/identity/proof")
    public Response requestRecordsProof() {
        throttle.identityCodeAttempt(request.getRemoteAddr());
        return Response.accepted(accounts.requestRecordsProof()).build();
    }
}

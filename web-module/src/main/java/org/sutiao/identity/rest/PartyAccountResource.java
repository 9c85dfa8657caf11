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
 * {@code GET /api/v1/me/identity} shows the caller's state; {@code POST /api/v1/me/identity} is the first-login
 * confirmation: {@code {"name","identityType","identityCode","serviceAddress","warningAcknowledged":true}}.
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
    public PartyAccountService.IdentityStatus confirm(ConfirmationRequest body) {
        if (body == null) {
            throw new InvalidInputException("name", "validation.required");
        }
        boolean ack = body.warningAcknowledged() != null
                && Params.bool("warningAcknowledged", body.warningAcknowledged());
        return accounts.confirm(new PartyAccountService.IdentityConfirmation(body.name(),
                body.identityType() == null ? null : Params.enumValue("identityType", IdentityType.class,
                        body.identityType()), body.identityCode(), body.serviceAddress(), ack));
    }
}

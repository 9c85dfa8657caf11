package org.sutiao.identity.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.sutiao.identity.application.CredentialCache;
import org.sutiao.identity.application.LoginAttempts;

/**
 * Account administration by operators, under {@code /api/v1/accounts}. For now one call (issue 9 §3):
 * {@code POST /accounts/{username}/unlock} lifts a login lock and clears the failure count (OPERATOR only; 204; 404
 * {@code account.notFound} for an unknown username).
 */
@Path("accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {
    @Inject
    LoginAttempts attempts;
    @Inject
    CredentialCache credentials;

    @POST
    @Path("{username}/unlock")
    public Response unlock(@PathParam("username") String username) {
        attempts.unlock(username);
        credentials.forget(username);
        return Response.noContent().build();
    }
}

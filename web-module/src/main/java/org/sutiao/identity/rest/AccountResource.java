package org.sutiao.identity.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.sutiao.identity.application.AccountService;
import org.sutiao.identity.application.AccountView;
import org.sutiao.identity.application.CredentialCache;
import org.sutiao.identity.application.LoginAttempts;
import org.sutiao.identity.domain.Role;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.rest.Params;

import java.net.URI;

/**
 * Account administration under {@code /api/v1/accounts} (issue 13 §1), each within the caller's reach (operator:
 * court and HQ accounts; HQ: center admins; a center admin: its mediators; others 403):
 * {@code GET ?organization=&role=&q=&first=&size=} (≤ {@value AccountService#MAX_PAGE}, by username),
 * {@code POST {"username","displayName","role","organizationCode","email","phone","initialPassword","mediatorCode"?}}
 * (201; 403 {@code account.beyondReach} above the caller's reach), {@code GET|PUT /{username}
 * {"displayName","email","phone","active","version"}} (404 beyond reach), {@code POST /{username}/password-reset
 * {"initialPassword"}}, and {@code POST /{username}/unlock} (OPERATOR only, issue 9 §3: 204).
 */
@Path("accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {
    @Inject
    AccountService accounts;
    @Inject
    LoginAttempts attempts;
    @Inject
    CredentialCache credentials;

    /** Body of a new account; {@code role} by name. */
    public record NewAccountRequest(String username, String displayName, String role, String organizationCode,
                                    String email, String phone, String initialPassword, String mediatorCode) {
    }

    /** Body of an edit. */
    public record EditRequest(String displayName, String email, String phone, Boolean active, Long version) {
    }

    /** Body of a reset. */
    public record ResetRequest(String initialPassword) {
    }

    @GET
    public AccountService.AccountPage list(@QueryParam("organization") String organization,
                                           @QueryParam("role") String role, @QueryParam("q") String q,
                                           @QueryParam("first") String first, @QueryParam("size") String size) {
        return accounts.listAccounts(new AccountService.AccountFilter(organization,
                        Params.enumValue("role", Role.class, role), q),
                Params.integer("first", first, 0), Params.integer("size", size, 50));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewAccountRequest body) {
        if (body == null) {
            throw new InvalidInputException("username", "validation.required");
        }
        AccountView created = accounts.createAccount(new AccountService.NewAccount(body.username(),
                body.displayName(), Params.enumValue("role", Role.class, body.role()), body.organizationCode(),
                body.email(), body.phone(), body.initialPassword(), body.mediatorCode()));
        return Response.created(URI.create("accounts/" + created.username())).entity(created).build();
    }

    @GET
    @Path("{username}")
    public AccountView read(@PathParam("username") String username) {
        return accounts.readAccount(username);
    }

    @PUT
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AccountView update(@PathParam("username") String username, EditRequest body) {
        if (body == null) {
            throw new InvalidInputException("displayName", "validation.required");
        }
        return accounts.updateAccount(username, new AccountService.AccountEdit(body.displayName(), body.email(),
                body.phone(), body.active(), body.version()));
    }

    @POST
    @Path("{username}/password-reset")
    @Consumes(MediaType.APPLICATION_JSON)
    public AccountView resetPassword(@PathParam("username") String username, ResetRequest body) {
        return accounts.resetPassword(username, body == null ? null : body.initialPassword());
    }

    @POST
    @Path("{username}/unlock")
    public Response unlock(@PathParam("username") String username) {
        attempts.unlock(username);
        credentials.forget(username);
        return Response.noContent().build();
    }
}

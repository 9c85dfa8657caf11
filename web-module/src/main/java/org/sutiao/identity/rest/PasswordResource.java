package org.sutiao.identity.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.sutiao.identity.application.AccountService;
import org.sutiao.shared.domain.InvalidInputException;

/**
 * {@code POST /api/v1/me/password {"currentPassword","newPassword"}}: the caller changes its own password (204);
 * 400 naming {@code currentPassword} (wrong) or {@code newPassword} (password policy). The only call open to an
 * account that must change its password (issue 13 §1, {@link PasswordChangeFilter}).
 */
@Path("me/password")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PasswordResource {
    /** The path {@link PasswordChangeFilter} lets through. */
    static final String PATH = "me/password";

    @Inject
    AccountService accounts;

    /** Body of a change. */
    public record ChangeRequest(String currentPassword, String newPassword) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response change(ChangeRequest body) {
        if (body == null) {
            throw new InvalidInputException("newPassword", "validation.required");
        }
        accounts.changeOwnPassword(body.currentPassword(), body.newPassword());
        return Response.noContent().build();
    }
}

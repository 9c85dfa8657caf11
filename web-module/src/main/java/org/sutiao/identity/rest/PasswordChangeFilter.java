package org.sutiao.identity.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.sutiao.identity.domain.Role;
import org.sutiao.shared.domain.ForbiddenException;

/**
 * An account that must change its password (bootstrap, new or reset: issue 13 §1) may call only
 * {@code POST /api/v1/me/password}; every other call answers 403 {@code account.passwordChangeRequired}. The
 * identity store gives such an account the single group {@link Role#PASSWORD_CHANGE_REQUIRED} instead of its role,
 * so this costs no query.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class PasswordChangeFilter implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext() != null
                && request.getSecurityContext().isUserInRole(Role.PASSWORD_CHANGE_REQUIRED)
                && !("POST".equals(request.getMethod())
                && PasswordResource.PATH.equals(stripSlashes(request.getUriInfo().getPath())))) {
            throw new ForbiddenException("account.passwordChangeRequired");
        }
    }

    private static String stripSlashes(String path) {
        String p = path == null ? "" : path;
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }
}

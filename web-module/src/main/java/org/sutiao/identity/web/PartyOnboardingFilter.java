package org.sutiao.identity.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.sutiao.identity.application.CallerLookup;
import org.sutiao.identity.domain.Role;

import java.io.IOException;

/**
 * Until a PARTY account has confirmed its identity (人民法院在线调解规则 Art. 17), the pages of cases and of the party
 * area send it to the identity page first (public pages such as the fees stay open); the JSON API answers with an empty scope and 409 {@code identity.unconfirmed} for actions instead.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class PartyOnboardingFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    static final String IDENTITY_PAGE = "/party/identity.xhtml";

    @Inject
    transient CallerLookup callers;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean caseArea = path.startsWith("/party/") || path.startsWith("/cases/") || "/index.xhtml".equals(path);
        if (caseArea && !IDENTITY_PAGE.equals(path) && request.getUserPrincipal() != null
                && request.isUserInRole(Role.PARTY_ROLE) && !confirmed(request)) {
            response.sendRedirect(request.getContextPath() + IDENTITY_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean confirmed(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && Boolean.TRUE.equals(session.getAttribute(IdentityView.CONFIRMED))) {
            return true;
        }
        boolean confirmed = callers.of(request.getUserPrincipal()).partyIdentity() != null;
        if (confirmed && session != null) {
            session.setAttribute(IdentityView.CONFIRMED, Boolean.TRUE);
        }
        return confirmed;
    }
}

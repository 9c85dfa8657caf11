package org.sutiao.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;

/**
 * One authentication mechanism for the pages and the JSON API, over the same accounts:
 * <ul>
 * <li>{@code /api/*}: HTTP Basic on every request, no session; a missing or wrong credential on a protected
 * resource answers 401 with {@code WWW-Authenticate}, never a redirect.</li>
 * <li>pages: a form posts {@code j_username}/{@code j_password} to {@value #LOGIN_CHECK}; on success the session id
 * changes (fixation), the caller is kept in the session and the browser goes to the page it first asked for;
 * {@value #LOGOUT} ends the session. A protected page without a session redirects to the login page (for a Faces
 * ajax request, with a partial-response redirect).</li>
 * </ul>
 */
@ApplicationScoped
public class SutiaoAuthenticationMechanism implements HttpAuthenticationMechanism {
    public static final String LOGIN_CHECK = "/auth/login";
    public static final String LOGOUT = "/auth/logout";
    public static final String LOGIN_PAGE = "/login.xhtml";
    static final String CALLER = "sutiao.caller";
    static final String SAVED_URL = "sutiao.savedUrl";

    @Inject
    IdentityStoreHandler identityStore;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return api(request, response, context);
        }
        if (LOGIN_CHECK.equals(path) && "POST".equals(request.getMethod())) {
            return formLogin(request, context);
        }
        if (LOGOUT.equals(path)) {
            HttpSession s = request.getSession(false);
            if (s != null) {
                s.invalidate();
            }
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        HttpSession session = request.getSession(false);
        SessionCaller caller = session == null ? null : (SessionCaller) session.getAttribute(CALLER);
        if (caller != null) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (context.isProtected()) {
            return toLogin(request, response, context);
        }
        return context.doNothing();
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response,
                                     HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return unauthorized(response);
            }
            int colon = decoded.indexOf(':');
            if (colon > 0) {
                CredentialValidationResult result = identityStore.validate(
                        new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    return context.notifyContainerAboutLogin(result);
                }
            }
            return unauthorized(response);
        }
        return context.isProtected() ? unauthorized(response) : context.doNothing();
    }

    /**
     * 401 with the Basic challenge; the container then renders the problem document through the 401 error page
     * (web.xml), so the response is written once and nothing is committed here.
     */
    private static AuthenticationStatus unauthorized(HttpServletResponse response) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"sutiao\", charset=\"UTF-8\"");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context) {
        String user = request.getParameter("j_username");
        String password = request.getParameter("j_password");
        if (user != null && password != null && !user.isBlank()) {
            CredentialValidationResult result = identityStore.validate(
                    new UsernamePasswordCredential(user.strip(), password));
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                HttpSession session = request.getSession(true);
                request.changeSessionId();
                String target = (String) session.getAttribute(SAVED_URL);
                session.removeAttribute(SAVED_URL);
                session.setAttribute(CALLER, new SessionCaller(result.getCallerPrincipal().getName(),
                        new HashSet<>(result.getCallerGroups())));
                return context.redirect(target != null ? target : request.getContextPath() + "/");
            }
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE + "?error=true");
    }

    private static AuthenticationStatus toLogin(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String login = request.getContextPath() + LOGIN_PAGE;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            try {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + login + "\"/></partial-response>");
                return AuthenticationStatus.SEND_CONTINUE;
            } catch (IOException e) {
                return AuthenticationStatus.SEND_FAILURE;
            }
        }
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            request.getSession(true).setAttribute(SAVED_URL,
                    request.getRequestURI() + (query == null ? "" : "?" + query));
        }
        return context.redirect(login);
    }
}

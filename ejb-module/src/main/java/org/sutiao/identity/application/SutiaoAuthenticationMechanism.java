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
import org.sutiao.identity.domain.Role;
import org.sutiao.shared.domain.TooManyRequestsException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * One authentication mechanism for the pages and the JSON API, over the same accounts:
 * <ul>
 * <li>{@code /api/*}: HTTP Basic on every request, no session; a missing or wrong credential on a protected
 * resource answers 401 with {@code WWW-Authenticate}, never a redirect. A verified credential is remembered for
 * {@link CredentialCache#TTL} ({@link CredentialCache}), so a burst of calls hashes the password once.</li>
 * <li>pages: a form posts {@code j_username}/{@code j_password} and the CSRF token ({@link CsrfTokens}) to
 * {@value #LOGIN_CHECK}; on success the session id changes (fixation), the caller is kept in the session and the
 * browser goes to the page it first asked for; a POST of the token to {@value #LOGOUT} ends the session (a GET does
 * nothing but go home). A protected page without a session redirects to the login page (for a Faces ajax request,
 * with a partial-response redirect).</li>
 * <li>a session of an account deactivated since its login ends at its next request; an account that must change its
 * password (issue 13 §1) is led to {@value #PASSWORD_PAGE} from every page, also right after the login.</li>
 * <li>throttling ({@link LoginThrottle}, issue 9 §3): a name locked after 5 consecutive failures, or an address with
 * too many failures, is refused before the password is checked: the API answers 429 with {@code Retry-After} and the
 * problem {@code auth.locked}, the form shows {@code login.locked}, which does not say whether the account exists
 * (unknown names lock alike). A success resets the name's count and upgrades an old password hash.</li>
 * </ul>
 * Its own answers carry the {@link SecurityHeaders} like every other response.
 */
@ApplicationScoped
public class SutiaoAuthenticationMechanism implements HttpAuthenticationMechanism {
    public static final String LOGIN_CHECK = "/auth/login";
    public static final String LOGOUT = "/auth/logout";
    public static final String LOGIN_PAGE = "/login.xhtml";
    /** The form where an account that must change its password is led (issue 13 §1). */
    public static final String PASSWORD_PAGE = "/account/password.xhtml";
    static final String CALLER = "sutiao.caller";
    static final String SAVED_URL = "sutiao.savedUrl";
    /** Request attribute: the seconds a refused login waits (a {@code Long}), for the 429 error page. */
    public static final String RETRY_AFTER = "sutiao.retryAfter";
    /** HTTP 429 Too Many Requests (RFC 6585). */
    public static final int TOO_MANY_REQUESTS = 429;

    @Inject
    IdentityStoreHandler identityStore;
    @Inject
    LoginThrottle throttle;
    @Inject
    CredentialCache credentials;
    @Inject
    PasswordHashing passwords;
    @Inject
    CallerLookup callers;

    /** A failure answered faster than this did not hash a password: no account has the name. */
    private static final long NO_HASH_NANOS = 40_000_000L;

    /**
     * The identity store's answer, in about the same time whether or not an account has the name: a refusal that
     * came back without hashing (an unknown name) hashes the password once, as a wrong password would, so the time
     * of the answer does not tell which names exist (OWASP ASVS V2.2 / authentication cheat sheet).
     */
    private CredentialValidationResult validate(String user, String password) {
        long started = System.nanoTime();
        CredentialValidationResult result = identityStore.validate(new UsernamePasswordCredential(user, password));
        if (result.getStatus() != CredentialValidationResult.Status.VALID
                && System.nanoTime() - started < NO_HASH_NANOS) {
            passwords.hash(password);
        }
        return result;
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return api(request, response, context);
        }
        if (LOGIN_CHECK.equals(path) && "POST".equals(request.getMethod())) {
            return formLogin(request, response, context);
        }
        if (LOGOUT.equals(path)) {
            return logout(request, response, context);
        }
        HttpSession session = request.getSession(false);
        SessionCaller caller = session == null ? null : (SessionCaller) session.getAttribute(CALLER);
        if (caller != null && !resource(path)) {
            if (!callers.active(caller.name())) {
                session.invalidate();
                return toLogin(request, response, context);
            }
            if (caller.groups().contains(Role.PASSWORD_CHANGE_REQUIRED) && !PASSWORD_PAGE.equals(path)) {
                SecurityHeaders.apply(request, response);
                return context.redirect(request.getContextPath() + PASSWORD_PAGE);
            }
        }
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
                return unauthorized(request, response);
            }
            int colon = decoded.indexOf(':');
            if (colon > 0) {
                String user = decoded.substring(0, colon);
                String password = decoded.substring(colon + 1);
                Optional<CredentialCache.Entry> known = credentials.get(user, password);
                if (known.isPresent()) {
                    return context.notifyContainerAboutLogin(known.get().username(), known.get().groups());
                }
                Optional<Duration> refused = throttle.refusal(user, request.getRemoteAddr());
                if (refused.isPresent()) {
                    return tooManyRequests(request, response, refused.get());
                }
                CredentialValidationResult result = validate(user, password);
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    throttle.succeeded(user, password);
                    Set<String> groups = new HashSet<>(result.getCallerGroups());
                    credentials.put(user, password, groups);
                    return context.notifyContainerAboutLogin(result.getCallerPrincipal().getName(), groups);
                }
                throttle.failed(user, request.getRemoteAddr());
            }
            return unauthorized(request, response);
        }
        return context.isProtected() ? unauthorized(request, response) : context.doNothing();
    }

    /**
     * 401 with the Basic challenge; the container then renders the problem document through the 401 error page
     * (web.xml), so the response is written once and nothing is committed here.
     */
    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response) {
        SecurityHeaders.apply(request, response);
        response.setHeader("WWW-Authenticate", "Basic realm=\"sutiao\", charset=\"UTF-8\"");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * 429 with {@code Retry-After} (seconds); like the 401, the container renders the problem {@code auth.locked}
     * through the 429 error page (web.xml), which reads the wait from {@value #RETRY_AFTER}.
     */
    private static AuthenticationStatus tooManyRequests(HttpServletRequest request, HttpServletResponse response,
                                                        Duration wait) {
        TooManyRequestsException e = new TooManyRequestsException("auth.locked", wait);
        SecurityHeaders.apply(request, response);
        request.setAttribute(RETRY_AFTER, e.retryAfterSeconds());
        response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
        response.setStatus(TOO_MANY_REQUESTS);
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpServletResponse response,
                                           HttpMessageContext context) {
        SecurityHeaders.apply(request, response);
        String login = request.getContextPath() + LOGIN_PAGE;
        if (!CsrfTokens.valid(request)) {
            return context.redirect(login + "?error=expired");
        }
        String user = request.getParameter("j_username");
        String password = request.getParameter("j_password");
        if (user != null && password != null && !user.isBlank()) {
            user = user.strip();
            if (throttle.refusal(user, request.getRemoteAddr()).isPresent()) {
                return context.redirect(login + "?error=locked");
            }
            CredentialValidationResult result = validate(user, password);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                throttle.succeeded(user, password);
                HttpSession session = request.getSession(true);
                request.changeSessionId();
                CsrfTokens.renew(session);
                String target = (String) session.getAttribute(SAVED_URL);
                session.removeAttribute(SAVED_URL);
                if (result.getCallerGroups().contains(Role.PASSWORD_CHANGE_REQUIRED)) {
                    target = request.getContextPath() + PASSWORD_PAGE;
                }
                session.setAttribute(CALLER, new SessionCaller(result.getCallerPrincipal().getName(),
                        new HashSet<>(result.getCallerGroups())));
                return context.redirect(target != null ? target : request.getContextPath() + "/");
            }
            throttle.failed(user, request.getRemoteAddr());
        }
        return context.redirect(login + "?error=true");
    }

    /** Static files of the pages (styles, scripts, images), served without asking the database about the caller. */
    private static boolean resource(String path) {
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }

    /** Logout only by a POST carrying the session's CSRF token; anything else changes nothing and goes home. */
    private static AuthenticationStatus logout(HttpServletRequest request, HttpServletResponse response,
                                               HttpMessageContext context) {
        SecurityHeaders.apply(request, response);
        if ("POST".equals(request.getMethod()) && CsrfTokens.valid(request)) {
            HttpSession s = request.getSession(false);
            if (s != null) {
                s.invalidate();
            }
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.redirect(request.getContextPath() + "/");
    }

    private static AuthenticationStatus toLogin(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        SecurityHeaders.apply(request, response);
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

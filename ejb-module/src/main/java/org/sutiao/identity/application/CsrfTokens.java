package org.sutiao.identity.application;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The synchronizer token of the forms that post outside Faces (login, logout; OWASP ASVS V3.5): 256 random bits kept
 * in the session, written into the form as the hidden field {@value #FIELD}, and compared in constant time when the
 * form comes back. A login renews it along with the session id.
 */
public final class CsrfTokens {
    /** The form field (and request parameter) carrying the token. */
    public static final String FIELD = "sutiao_csrf";
    static final String ATTRIBUTE = "sutiao.csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfTokens() {
    }

    /** The session's token, created (with the session) on first use. */
    public static String token(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        String token = (String) session.getAttribute(ATTRIBUTE);
        if (token == null) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(ATTRIBUTE, token);
        }
        return token;
    }

    /** True when the request carries the token of its session (false without a session or a token). */
    public static boolean valid(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String expected = session == null ? null : (String) session.getAttribute(ATTRIBUTE);
        String given = request.getParameter(FIELD);
        return expected != null && given != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    /** Drops the session's token so that the next form gets a new one. */
    static void renew(HttpSession session) {
        session.removeAttribute(ATTRIBUTE);
    }
}

package org.sutiao.identity.application;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of every response (issue 9 §3, OWASP ASVS V3.4 and V14.4), written by the web module's
 * headers filter and by the authentication mechanism when it answers by itself (redirects, 401, 429):
 * <ul>
 * <li>{@code Content-Security-Policy}: {@value #DEFAULT_CSP} unless the response sets its own (Faces pages get
 * PrimeFaces' CSP mode policy with a nonce per response, see web.xml);</li>
 * <li>{@code X-Frame-Options: DENY}, {@code X-Content-Type-Options: nosniff},
 * {@code Referrer-Policy: same-origin}, a {@code Permissions-Policy} that turns off the devices and APIs the
 * platform does not use;</li>
 * <li>{@code Strict-Transport-Security} (one year) only on a request that came over HTTPS (RFC 6797 §7.2).</li>
 * </ul>
 */
public final class SecurityHeaders {
    /** The policy of responses that are not Faces pages (API, static resources, redirects). */
    public static final String DEFAULT_CSP =
            "default-src 'none'; style-src 'self'; img-src 'self'; font-src 'self'; frame-ancestors 'none'; "
                    + "base-uri 'none'; form-action 'self'";
    public static final String CSP = "Content-Security-Policy";
    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    private SecurityHeaders() {
    }

    /** Sets the headers on {@code response} (before anything is written). */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        if (!response.containsHeader(CSP)) {
            response.setHeader(CSP, DEFAULT_CSP);
        }
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS);
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
    }
}

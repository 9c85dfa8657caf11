package org.sutiao.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A postback from a page whose content-security nonce no longer matches (a form kept open in an old tab, replayed,
 * or posted from elsewhere) is refused by PrimeFaces before any view renders, outside the Faces exception handler;
 * it is sent to the same localized page as an expired view ({@link ExpiredViewHandlerFactory#PAGE}) instead of the
 * container's 500 page (issue 9 §4: a stale or forged postback shows a localized page, never a 500). Ajax requests get
 * a partial-response redirect, as Faces answers them.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class StalePageFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    /** PrimeFaces' exception for a nonce that does not match the one the page was rendered with. */
    static final String CSP_EXCEPTION = "org.primefaces.csp.CspException";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException e) {
            if (!isStaleNonce(e) || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            String target = request.getContextPath() + ExpiredViewHandlerFactory.PAGE;
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                response.setStatus(HttpServletResponse.SC_OK);
                response.setContentType("text/xml");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + target + "\"/></partial-response>");
            } else {
                response.sendRedirect(target);
            }
        }
    }

    /** True when PrimeFaces' nonce check is among the first causes of {@code e}. */
    static boolean isStaleNonce(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 16; t = t.getCause(), depth++) {
            if (CSP_EXCEPTION.equals(t.getClass().getName())) {
                return true;
            }
        }
        return false;
    }
}

package org.sutiao.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sutiao.shared.infrastructure.Settings;

import java.io.IOException;

/**
 * With {@code SUTIAO_HTTPS_REDIRECT=true} (or {@code -Dsutiao.https.redirect=true}) every plain-HTTP request is sent
 * to HTTPS (issue 13 §3): GET and HEAD with 301, other methods with 308 (the method and body are kept; a client
 * should have used HTTPS for its credentials anyway). {@code /api/v1/health} stays on HTTP for probes. The HTTPS port is
 * {@code SUTIAO_HTTPS_PORT}, else the https socket binding's (8443 plus the port offset). Off by default.
 */
@WebFilter(urlPatterns = "/*")
public class HttpsRedirectFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.isSecure() || !Settings.fromEnvironment().flag(Settings.HTTPS_REDIRECT, false)
                || (request.getContextPath() + "/api/v1/health").equals(request.getRequestURI())) {
            chain.doFilter(request, response);
            return;
        }
        int port = Settings.fromEnvironment().get(Settings.HTTPS_PORT).map(Integer::parseInt)
                .orElseGet(() -> Integer.getInteger("jboss.https.port", 8443)
                        + Integer.getInteger("jboss.socket.binding.port-offset", 0));
        String query = request.getQueryString();
        String target = "https://" + request.getServerName() + (port == 443 ? "" : ":" + port)
                + request.getRequestURI() + (query == null ? "" : "?" + query);
        boolean safe = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        response.setStatus(safe ? HttpServletResponse.SC_MOVED_PERMANENTLY : 308);
        response.setHeader("Location", target);
    }
}

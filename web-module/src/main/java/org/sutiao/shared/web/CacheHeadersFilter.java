package org.sutiao.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;

/**
 * Long cache lifetimes for static resources whose address changes with their content (issue 12, speed as felt):
 * a Faces resource carrying a version ({@code /jakarta.faces.resource/…?…v=…}, PrimeFaces' scripts, styles and
 * theme, whose {@code v} is the library's version) may be kept a year without asking again
 * ({@code Cache-Control: public, max-age=31536000, immutable}, RFC 8246). A Faces resource without a version (the
 * application's own style sheet and script) is revalidated on each use ({@code no-cache}: a 304 while its ETag
 * holds), so a new release reaches the browser at once instead of after Faces' default 7 days. The site icons are
 * kept a day. Faces' own {@code Cache-Control} is ignored on these answers; pages keep theirs.
 */
@WebFilter(urlPatterns = {"/jakarta.faces.resource/*", "/favicon.ico", "/resources/img/*"})
public class CacheHeadersFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    /** One year in seconds: the longest lifetime HTTP caches are advised to honour (RFC 9111 §5.3). */
    static final String VERSIONED = "public, max-age=31536000, immutable";
    /** One day in seconds, for the unversioned icon. */
    static final String ICON = "public, max-age=86400";
    /** Unversioned Faces resources: stored, but checked with the server before each use (RFC 9111 §5.2.2.4). */
    static final String REVALIDATE = "no-cache";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String value = cacheControl(request.getServletPath(), request.getQueryString());
        if (value == null) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Cache-Control", value);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String v) {
                if (!"Cache-Control".equalsIgnoreCase(name)) {
                    super.setHeader(name, v);
                }
            }

            @Override
            public void addHeader(String name, String v) {
                if (!"Cache-Control".equalsIgnoreCase(name)) {
                    super.addHeader(name, v);
                }
            }
        });
    }

    /**
     * The {@code Cache-Control} for a request to the servlet path with the query string, or null to leave the
     * response's own: versioned Faces resources a year, other Faces resources revalidated, the icons a day.
     */
    static String cacheControl(String servletPath, String query) {
        if (servletPath == null) {
            return null;
        }
        if (servletPath.startsWith("/jakarta.faces.resource/")) {
            return query != null && ("&" + query).matches(".*&v=[^&]+.*") ? VERSIONED : REVALIDATE;
        }
        if (servletPath.equals("/favicon.ico") || servletPath.startsWith("/resources/img/")) {
            return ICON;
        }
        return null;
    }
}

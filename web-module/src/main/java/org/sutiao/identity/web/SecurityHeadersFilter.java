package org.sutiao.identity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.sutiao.identity.application.SecurityHeaders;

import java.io.IOException;

/**
 * Puts the {@link SecurityHeaders} on every response of the application: pages, API, static resources and error
 * pages (mapped in web.xml for requests and error dispatches). The default {@code Content-Security-Policy} is set
 * first; a Faces page replaces it with PrimeFaces' policy carrying the response's nonce (the wrapper turns a second
 * CSP header into a replacement, since two policies would both apply).
 */
public class SecurityHeadersFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.apply(request, response);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void addHeader(String name, String value) {
                if (SecurityHeaders.CSP.equalsIgnoreCase(name)) {
                    super.setHeader(name, value);
                } else {
                    super.addHeader(name, value);
                }
            }
        });
    }
}

package org.sutiao.audit.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sutiao.audit.application.ClientAddress;

import java.io.IOException;

/**
 * Notes each request's client address for the audit log ({@link ClientAddress}): the socket's remote address.
 * {@code X-Forwarded-For} is not read, since any client can write it; behind a reverse proxy, enable the listener's
 * proxy address forwarding in the server configuration, and the remote address becomes the forwarded one.
 */
@WebFilter(urlPatterns = "/*")
public class ClientAddressFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Inject
    ClientAddress address;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        address.set(request.getRemoteAddr());
        chain.doFilter(request, response);
    }
}

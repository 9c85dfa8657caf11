package org.sutiao.audit.application;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;

/**
 * The client address of the current HTTP request, set by the web module's filter and read by the audit log inside
 * the EJBs. It is the socket's remote address ({@code ServletRequest.getRemoteAddr()}): behind a reverse proxy that
 * is the proxy's address, because {@code X-Forwarded-For} is whatever the client wrote unless a trusted proxy sets
 * it; trust it only by configuring the proxy's forwarding in the server (Undertow {@code proxy-address-forwarding}),
 * which then rewrites the remote address itself. Timers, startup imports and other work outside a request have none.
 */
@RequestScoped
public class ClientAddress {
    private String address;

    /** The address, or null outside a request or when no filter set it. */
    public String get() {
        return address;
    }

    /** Set once per request by the web module's filter. */
    public void set(String address) {
        this.address = address;
    }

    /** The current request's address, null when no request scope is active (startup, some asynchronous work). */
    static String current(ClientAddress holder) {
        try {
            return holder.get();
        } catch (ContextNotActiveException e) {
            return null;
        }
    }
}

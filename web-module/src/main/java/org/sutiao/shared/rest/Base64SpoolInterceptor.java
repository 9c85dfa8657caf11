package org.sutiao.shared.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.IOException;

/**
 * Streams the Base64 materials of every JSON request body through {@link Base64Spool} (issue 13 §3) and forgets
 * them when the response leaves.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class Base64SpoolInterceptor implements ReaderInterceptor, ContainerResponseFilter {
    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type != null && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json"))) {
            context.setInputStream(Base64Spool.begin().filter(context.getInputStream()));
        }
        return context.proceed();
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Base64Spool.clear();
    }
}

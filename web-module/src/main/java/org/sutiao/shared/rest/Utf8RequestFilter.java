package org.sutiao.shared.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.sutiao.shared.application.Messages;

/**
 * The API speaks UTF-8 only (DESIGN.md §5): a body declared in another charset (GBK, GB18030, ...) answers 415
 * instead of being stored as mojibake.
 */
@Provider
public class Utf8RequestFilter implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !"UTF-8".equalsIgnoreCase(charset.strip()) && !"UTF8".equalsIgnoreCase(charset.strip())) {
            request.abortWith(ProblemResponses.of(Response.Status.UNSUPPORTED_MEDIA_TYPE, "request.charset",
                    Messages.get(Messages.fromHeader(request.getHeaderString("Accept-Language")), "request.charset",
                            charset), null));
        }
    }
}

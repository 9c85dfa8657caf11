package org.sutiao.shared.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.sutiao.shared.application.Messages;

/**
 * The API speaks UTF-8 only (DESIGN.md §5): a body declared in another charset (GBK, GB18030, ...) answers 415, and
 * a JSON body that declares nothing but is not valid UTF-8 answers 400 {@code request.unreadable}, instead of being
 * stored as mojibake.
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
            return;
        }
        if (type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && request.hasEntity()) {
            byte[] body;
            try {
                body = request.getEntityStream().readAllBytes();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            try {
                java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(body));
            } catch (java.nio.charset.CharacterCodingException e) {
                request.abortWith(ProblemResponses.of(Response.Status.BAD_REQUEST, "request.unreadable",
                        Messages.get(Messages.fromHeader(request.getHeaderString("Accept-Language")),
                                "request.unreadable"), null));
                return;
            }
            request.setEntityStream(new java.io.ByteArrayInputStream(body));
        }
    }
}

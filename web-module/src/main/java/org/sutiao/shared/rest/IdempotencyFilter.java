package org.sutiao.shared.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import org.sutiao.shared.application.IdempotencyKeys;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.TextPolicy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Every POST of the API that carries an {@code Idempotency-Key} header (1–100 characters, one line) runs at most
 * once per caller and key (issue 9 §4: subsidies, sessions, materials, assessments, merits, courses, attendance,
 * payments…; a double click never records twice): the key is claimed before the resource runs; a retry with the
 * same key and body gets the first answer again (status, body, {@code Location}, and {@code Idempotent-Replayed:
 * true}); the same key with another request answers 409 {@code idempotency.keyReused}, and while the first still
 * runs 409 {@code idempotency.inProgress}. A request that fails releases its key. A POST without the header gets an
 * implicit key (caller, method, path and SHA-256 of the body; {@link IdempotencyKeys#IMPLICIT_WINDOW}): a double
 * submit within 10 seconds of the first answer gets that answer, while the first runs 409
 * {@code idempotency.repeated}. Referrals keep their own handling (a retry answers 200 with the case, also by court
 * case number); requests without login are left alone.
 */
@Provider
@ApplicationScoped
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {
    /** The request header (IETF draft "The Idempotency-Key HTTP Header Field"). */
    public static final String HEADER = "Idempotency-Key";
    private static final String CLAIM = IdempotencyFilter.class.getName() + ".claim";
    private static final String ANSWER = IdempotencyFilter.class.getName() + ".answer";
    private static final int MAX_KEY = 100;

    @Inject
    IdempotencyKeys keys;

    private record Claim(String caller, String key) {
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (!HttpMethod.POST.equals(request.getMethod()) || request.getSecurityContext() == null
                || request.getSecurityContext().getUserPrincipal() == null
                || request.getUriInfo().getPath().replaceFirst("^/", "").startsWith("referrals")) {
            return;
        }
        if (key != null && (key.isBlank() || key.length() > MAX_KEY || TextPolicy.isRefused(key, false))) {
            throw new InvalidInputException(HEADER, "validation.size", 1, MAX_KEY);
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        String hash = hash((request.getMethod() + " " + request.getUriInfo().getPath() + "\n")
                .getBytes(StandardCharsets.UTF_8), body);
        Claim claim = new Claim(request.getSecurityContext().getUserPrincipal().getName(),
                key == null ? IdempotencyKeys.IMPLICIT_PREFIX + hash : key.strip());
        Optional<IdempotencyKeys.Answer> kept = keys.claim(claim.caller(), claim.key(), hash);
        if (kept.isPresent()) {
            IdempotencyKeys.Answer a = kept.get();
            Response.ResponseBuilder replay = Response.status(a.status()).header("Idempotent-Replayed", "true");
            if (a.body().length > 0) {
                replay.entity(a.body()).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"));
            }
            if (a.location() != null) {
                replay.header(HttpHeaders.LOCATION, a.location());
            }
            request.abortWith(replay.build());
            return;
        }
        request.setProperty(CLAIM, claim);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIM) instanceof Claim claim)) {
            return;
        }
        request.removeProperty(CLAIM);
        if (response.getStatus() < 200 || response.getStatus() >= 300) {
            keys.release(claim.caller(), claim.key());
            return;
        }
        String location = response.getHeaderString(HttpHeaders.LOCATION);
        if (!response.hasEntity()) {
            keys.complete(claim.caller(), claim.key(), new IdempotencyKeys.Answer(response.getStatus(), new byte[0],
                    location));
            return;
        }
        request.setProperty(ANSWER, new Pending(claim, response.getStatus(), location));
    }

    private record Pending(Claim claim, int status, String location) {
    }

    /** Keeps the bytes written for a claimed request as they go out, then stores them as its answer. */
    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        if (!(context.getProperty(ANSWER) instanceof Pending pending)) {
            context.proceed();
            return;
        }
        context.removeProperty(ANSWER);
        OutputStream original = context.getOutputStream();
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        context.setOutputStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                original.write(b);
                copy.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                original.write(b, off, len);
                copy.write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                original.flush();
            }
        });
        try {
            context.proceed();
        } catch (IOException | RuntimeException e) {
            keys.release(pending.claim().caller(), pending.claim().key());
            throw e;
        } finally {
            context.setOutputStream(original);
        }
        keys.complete(pending.claim().caller(), pending.claim().key(), new IdempotencyKeys.Answer(pending.status(),
                copy.toByteArray(), pending.location()));
    }

    /** SHA-256 of {@code a} then {@code b}, hex, without joining them (a body may hold a 20 MiB material). */
    private static String hash(byte[] a, byte[] b) {
        try {
            java.security.MessageDigest d = java.security.MessageDigest.getInstance("SHA-256");
            d.update(a);
            d.update(b);
            return java.util.HexFormat.of().formatHex(d.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}

package org.sutiao.shared.rest;

import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sutiao.shared.application.Messages;

import java.io.IOException;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * The answers when a body is too large for the server (issue 13 §3), as problem documents, never the container's
 * page, for every path (API and pages): a declared body above {@link #MAX_BODY} answers 413 {@code request.tooLarge}
 * before anything reads it, a chunked one (no declared length) as soon as its reader passes the limit
 * ({@link LimitedBodyRequest}) (the listeners' {@code max-post-size} is a backstop of twice that, above which Undertow
 * answers a bare 400 while parsing the request, before any application code); a request that runs out of heap answers 503
 * {@code server.busy} with {@code Retry-After} (its buffers are garbage by then, the next request finds the memory).
 */
@WebFilter(urlPatterns = "/*")
public class ApiGuardFilter extends HttpFilter {
    /** The largest request body, bytes (64 MiB: two 20 MiB materials in Base64 and the rest of a referral). */
    public static final long MAX_BODY = 64L * 1024 * 1024;
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ApiGuardFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() > MAX_BODY) {
            problem(request, response, 413, "Content Too Large", "request.tooLarge", MAX_BODY / (1024 * 1024));
            return;
        }
        HttpServletRequest guarded = request.getContentLengthLong() < 0
                ? new LimitedBodyRequest(request, MAX_BODY) : request;
        try {
            chain.doFilter(guarded, response);
            if (guarded instanceof LimitedBodyRequest limited && limited.exceeded() && !response.isCommitted()) {
                response.reset();
                problem(request, response, 413, "Content Too Large", "request.tooLarge", MAX_BODY / (1024 * 1024));
            }
        } catch (OutOfMemoryError e) {
            busy(request, response, e);
        } catch (ServletException | RuntimeException e) {
            OutOfMemoryError oom = outOfMemory(e);
            if (oom == null) {
                throw e;
            }
            busy(request, response, oom);
        }
    }

    /** The OutOfMemoryError among the causes of {@code failure}, or null. */
    static OutOfMemoryError outOfMemory(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError oom) {
                return oom;
            }
            if (t instanceof ServletException se && se.getRootCause() != null && se.getRootCause() != t.getCause()) {
                OutOfMemoryError inner = outOfMemory(se.getRootCause());
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    private static void busy(HttpServletRequest request, HttpServletResponse response, OutOfMemoryError e)
            throws IOException {
        LOG.warning(() -> "Out of heap answering " + request.getMethod() + " " + request.getRequestURI()
                + " (" + e.getMessage() + "): answered 503; raise -Xmx if this repeats (docs/OPERATIONS.md, sizing)");
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        response.setHeader("Retry-After", String.valueOf(ProblemResponses.RETRY_AFTER_SECONDS));
        problem(request, response, 503, "Service Unavailable", "server.busy");
    }

    static void problem(HttpServletRequest request, HttpServletResponse response, int status, String title,
                        String code, Object... args) throws IOException {
        Locale locale = Messages.fromHeader(request.getHeader("Accept-Language"));
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        response.setContentType(Problem.MEDIA_TYPE);
        if (status == 413) {
            response.setHeader("Connection", "close");
        }
        response.getWriter().write(Json.createObjectBuilder().add("type", "about:blank").add("title", title)
                .add("status", status).add("code", code).add("detail", Messages.get(locale, code, args)).build()
                .toString());
    }
}

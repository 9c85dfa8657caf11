package org.sutiao.identity.rest;

import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sutiao.identity.application.SutiaoAuthenticationMechanism;
import org.sutiao.shared.application.Messages;
import org.sutiao.shared.domain.TooManyRequestsException;

import java.io.IOException;
import java.time.Duration;

/**
 * The body of a login refused by throttling (web.xml error page for 429, issue 9 §3): the authentication mechanism
 * sets the status, {@code Retry-After} and the wait; the container renders the problem here, once, in the client's
 * language ({@code code} {@code auth.locked}, the wait in minutes). Any method, since the error dispatch keeps the one
 * the client used.
 */
@WebServlet(name = "too many requests", urlPatterns = TooManyRequestsServlet.PATH)
public class TooManyRequestsServlet extends HttpServlet {
    /** Where web.xml sends 429 errors. */
    public static final String PATH = "/auth/throttled";
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object wait = request.getAttribute(SutiaoAuthenticationMechanism.RETRY_AFTER);
        long seconds = wait instanceof Long l ? l : 60;
        response.setStatus(SutiaoAuthenticationMechanism.TOO_MANY_REQUESTS);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        String detail = Messages.get(Messages.fromHeader(request.getHeader("Accept-Language")), "auth.locked",
                TooManyRequestsException.minutes(Duration.ofSeconds(seconds)));
        response.getWriter().write(Json.createObjectBuilder().add("type", "about:blank")
                .add("title", "Too Many Requests").add("status", SutiaoAuthenticationMechanism.TOO_MANY_REQUESTS)
                .add("code", "auth.locked").add("detail", detail).build().toString());
    }
}

package org.sutiao.shared.rest;

import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sutiao.shared.application.Messages;
import org.sutiao.shared.application.PersistenceFailures;

import java.io.IOException;
import java.util.Locale;

/**
 * Every 500 the container itself renders (web.xml error page), above all a failure before JAX-RS or Faces run:
 * logging in (HTTP Basic or the login form) asks the identity store, which needs the database. When the cause is
 * a database that gives no connection the answer is 503 {@code service.unavailable} with {@code Retry-After}
 * (issue 9 §4): a problem document for the API, a short page in the client's language otherwise (the template
 * is not used, its menus would ask the database again). Any other failure: a problem document for the API, the
 * error page for pages.
 */
@WebServlet(name = "serverError", urlPatterns = ServerErrorServlet.PATH)
public class ServerErrorServlet extends HttpServlet {
    /** Where web.xml sends 500 errors. */
    public static final String PATH = "/auth/failed";
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        boolean api = uri != null && uri.startsWith(request.getContextPath() + "/api/");
        Locale locale = Messages.fromHeader(request.getHeader("Accept-Language"));
        boolean unavailable = PersistenceFailures.isUnavailable(failure);
        if (api && ApiGuardFilter.outOfMemory(failure) != null) {
            // out of heap (issue 13 §3): the request may be retried once the memory is free again
            response.setHeader("Retry-After", String.valueOf(ProblemResponses.RETRY_AFTER_SECONDS));
            ApiGuardFilter.problem(request, response, 503, "Service Unavailable", "server.busy");
            return;
        }
        if (!api && !unavailable) {
            request.getRequestDispatcher("/error.xhtml").forward(request, response);
            return;
        }
        int status = unavailable ? HttpServletResponse.SC_SERVICE_UNAVAILABLE
                : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        String code = unavailable ? "service.unavailable" : "server.error";
        String detail = Messages.get(locale, code);
        response.setStatus(status);
        if (unavailable) {
            response.setHeader("Retry-After", String.valueOf(ProblemResponses.RETRY_AFTER_SECONDS));
        }
        response.setCharacterEncoding("UTF-8");
        if (api) {
            response.setContentType(Problem.MEDIA_TYPE);
            response.getWriter().write(Json.createObjectBuilder().add("type", "about:blank")
                    .add("title", unavailable ? "Service Unavailable" : "Internal Server Error").add("status", status)
                    .add("code", code).add("detail", detail).build().toString());
        } else {
            response.setContentType("text/html");
            String title = Messages.get(locale, "app.name");
            response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head>"
                    + "<meta charset=\"UTF-8\"><title>" + escape(title) + "</title></head><body><p id=\"unavailable\">"
                    + escape(detail) + "</p></body></html>");
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

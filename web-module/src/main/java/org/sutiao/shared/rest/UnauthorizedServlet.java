package org.sutiao.shared.rest;

import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sutiao.shared.application.Messages;

import java.io.IOException;

/**
 * The body of every 401 (web.xml error page): the API's authentication mechanism only sets the status and the
 * Basic challenge, and the container renders the error here, once, as a problem document (RFC 9457) in the
 * client's language ({@code code} {@code auth.required}). Any method, since the error dispatch keeps the one the
 * client used.
 */
@WebServlet(name = "unauthorized", urlPatterns = UnauthorizedServlet.PATH)
public class UnauthorizedServlet extends HttpServlet {
    /** Where web.xml sends 401 errors. */
    public static final String PATH = "/auth/unauthorized";
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        String detail = Messages.get(Messages.fromHeader(request.getHeader("Accept-Language")), "auth.required");
        response.getWriter().write(Json.createObjectBuilder().add("type", "about:blank").add("title", "Unauthorized")
                .add("status", HttpServletResponse.SC_UNAUTHORIZED).add("code", "auth.required").add("detail", detail)
                .build().toString());
    }
}

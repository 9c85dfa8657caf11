package org.sutiao.fees.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * {@code /sutiao/fees}, the short public address of the fee page, redirects (302) to {@code /fees.xhtml}; both
 * answer without login.
 */
@WebServlet(urlPatterns = "/fees")
public class PublicFeesRedirect extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/fees.xhtml");
    }
}

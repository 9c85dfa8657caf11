package org.sutiao.evaluation.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * {@code /sutiao/statistics}, the short public address of the statistics page, redirects (302) to
 * {@code /statistics.xhtml} keeping a {@code year} asked for; both answer without login (issue 11 §4).
 */
@WebServlet(urlPatterns = "/statistics")
public class PublicStatisticsRedirect extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String year = request.getParameter("year");
        boolean keep = year != null && year.matches("\\d{4}");
        response.sendRedirect(request.getContextPath() + "/statistics.xhtml" + (keep ? "?year=" + year : ""));
    }
}

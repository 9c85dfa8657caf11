package org.sutiao.cases.application;

import org.sutiao.cases.domain.CaseStatus;
import org.sutiao.shared.domain.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;

/**
 * Where the next page of a case list starts (keyset paging, issue 10 §3): the sort, its direction, and the sort
 * value and id of the last row of the previous page. Opaque to clients: {@link #encode()} gives a URL-safe token,
 * {@link #decode} reads it back and refuses a token that is malformed or made for another sort.
 *
 * @param sort      one of {@link CaseSort}'s field names
 * @param ascending the direction of that sort
 * @param value     the last row's sort value: an {@link Instant}, {@link LocalDate}, {@link String} or
 *                  {@link CaseStatus}; null when that row had none
 * @param id        the last row's case id (the tie-breaker)
 */
public record CaseCursor(String sort, boolean ascending, Object value, long id) {
    private static final String VERSION = "c1";

    /** The token for the API's {@code after} parameter and a page's {@code next}. */
    public String encode() {
        String v = value == null ? "-" : "=" + value;
        String raw = String.join("\n", VERSION, sort, ascending ? "a" : "d", Long.toString(id), v);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a token back for the given sort and direction.
     *
     * @throws InvalidInputException on field {@code after} ({@code validation.cursor}) when the token is malformed or
     *                               was made for another sort or direction
     */
    public static CaseCursor decode(String token, CaseSort sort, boolean ascending) {
        try {
            String[] p = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\n", 5);
            if (p.length != 5 || !VERSION.equals(p[0]) || !sort.field().equals(p[1])
                    || !(ascending ? "a" : "d").equals(p[2])) {
                throw invalid();
            }
            long id = Long.parseLong(p[3]);
            Object value;
            if ("-".equals(p[4])) {
                value = null;
            } else if (p[4].startsWith("=")) {
                value = sort.parse(p[4].substring(1));
            } else {
                throw invalid();
            }
            if (value == null && !sort.nullable()) {
                throw invalid();
            }
            return new CaseCursor(sort.field(), ascending, value, id);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw invalid();
        }
    }

    private static InvalidInputException invalid() {
        return new InvalidInputException("after", "validation.cursor");
    }
}

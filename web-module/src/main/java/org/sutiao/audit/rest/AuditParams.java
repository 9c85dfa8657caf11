package org.sutiao.audit.rest;

import org.sutiao.audit.application.AuditFilter;
import org.sutiao.shared.domain.BusinessTime;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.rest.Params;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** The viewer's query parameters, each failure a 400 naming the parameter. */
final class AuditParams {
    private AuditParams() {
    }

    /**
     * The filter from query parameters. {@code from} and {@code to} are an ISO date (Beijing; {@code to} includes
     * that whole day) or an instant with offset ({@code 2026-12-07T09:00:00+08:00}; {@code to} exclusive).
     *
     * @throws InvalidInputException naming {@code caseId}, {@code from} or {@code to} when malformed
     */
    static AuditFilter filter(String caseId, String username, String organization, String action, String from,
                              String to) {
        return new AuditFilter(id("caseId", caseId), username, organization, action, instant("from", from, false),
                instant("to", to, true));
    }

    static Long id(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "validation.value", value);
        }
    }

    static Instant instant(String field, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() == 10) {
            LocalDate d = Params.date(field, value);
            return endOfDay ? BusinessTime.endOf(d) : BusinessTime.startOf(d);
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "validation.value", value);
        }
    }
}

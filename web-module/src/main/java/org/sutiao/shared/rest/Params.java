package org.sutiao.shared.rest;

import org.sutiao.shared.domain.InvalidInputException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Parsing of request values that arrive as text (JSON strings, query parameters), each failure a field error with
 * the offending value, so that a bad date or number is a 400 naming the field, never a 500.
 */
public final class Params {
    private Params() {
    }

    /**
     * An ISO date ({@code 2026-12-01}).
     *
     * @return null for null or blank
     * @throws InvalidInputException when malformed
     */
    public static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "validation.value", value);
        }
    }

    /**
     * A plain decimal ({@code 12.5}).
     *
     * @return null for null or blank
     * @throws InvalidInputException when malformed
     */
    public static BigDecimal decimal(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "validation.value", value);
        }
    }

    /**
     * An enumeration constant by name (case-insensitive).
     *
     * @return null for null or blank
     * @throws InvalidInputException when no constant has that name
     */
    public static <E extends Enum<E>> E enumValue(String field, Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "validation.value", value);
        }
    }
}

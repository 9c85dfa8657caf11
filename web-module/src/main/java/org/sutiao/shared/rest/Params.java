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
    /** Dates outside these years are typing errors, not business dates. */
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2199;

    private Params() {
    }

    /**
     * A JSON boolean, strictly: {@code true} or {@code false}, never a string or number read leniently.
     *
     * @throws InvalidInputException when missing or not a JSON boolean
     */
    public static boolean bool(String field, jakarta.json.JsonValue value) {
        if (value == jakarta.json.JsonValue.TRUE) {
            return true;
        }
        if (value == jakarta.json.JsonValue.FALSE) {
            return false;
        }
        if (value != null && value.getValueType() == jakarta.json.JsonValue.ValueType.TRUE) {
            return true;
        }
        if (value != null && value.getValueType() == jakarta.json.JsonValue.ValueType.FALSE) {
            return false;
        }
        throw new InvalidInputException(field, value == null || value.getValueType() == jakarta.json.JsonValue.ValueType.NULL
                ? "validation.required" : "validation.boolean");
    }

    /**
     * A whole number from a query parameter, within bounds.
     *
     * @throws InvalidInputException ({@code validation.range}) when not an integer from {@code min} to {@code max}
     */
    public static int integer(String field, String value, int min, int max) {
        try {
            int v = Integer.parseInt(value.strip());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException | NullPointerException e) {
            // reported below
        }
        throw new InvalidInputException(field, "validation.range", min, max);
    }

    /**
     * A whole number from a query parameter.
     *
     * @return {@code dflt} for null or blank
     * @throws InvalidInputException when not an integer in range
     */
    public static int integer(String field, String value, int dflt) {
        if (value == null || value.isBlank()) {
            return dflt;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "validation.value", value);
        }
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
        LocalDate d;
        try {
            d = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "validation.value", value);
        }
        if (d.getYear() < MIN_YEAR || d.getYear() > MAX_YEAR) {
            throw new InvalidInputException(field, "validation.dateRange", MIN_YEAR, MAX_YEAR);
        }
        return d;
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

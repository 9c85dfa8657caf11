package org.sutiao.shared.domain;

import java.util.List;

/**
 * Input that breaks a validation rule (HTTP 400). {@link #fieldErrors()} names each offending field with a
 * message key and its arguments, so the boundary can place a localized message beside the field.
 */
public class InvalidInputException extends DomainException {
    /** One offending field: a property path such as {@code parties[1].creditCode}, a message key, arguments. */
    public record FieldError(String field, String messageKey, Object... args) {
        /**
         * A required text that is missing or too long: {@code validation.required} when empty or blank (issue 12:
         * "必填", not a length), else {@code validation.size} with 1 and {@code max} characters.
         */
        public static FieldError text(String field, String value, int max) {
            return value == null || value.isBlank() ? new FieldError(field, "validation.required")
                    : new FieldError(field, "validation.size", 1, max);
        }
    }

    private final transient List<FieldError> fieldErrors;

    public InvalidInputException(List<FieldError> fieldErrors) {
        super("validation.failed");
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public InvalidInputException(FieldError error) {
        this(List.of(error));
    }

    public InvalidInputException(String field, String messageKey, Object... args) {
        this(List.of(new FieldError(field, messageKey, args)));
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}

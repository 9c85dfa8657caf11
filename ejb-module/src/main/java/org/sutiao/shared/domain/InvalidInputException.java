package org.sutiao.shared.domain;

import java.util.List;

/**
 * Input that breaks a validation rule (HTTP 400). {@link #fieldErrors()} names each offending field with a
 * message key and its arguments, so the boundary can place a localized message beside the field.
 */
public class InvalidInputException extends DomainException {
    /** One offending field: a property path such as {@code parties[1].creditCode}, a message key, arguments. */
    public record FieldError(String field, String messageKey, Object... args) {
    }

    private final transient List<FieldError> fieldErrors;

    public InvalidInputException(List<FieldError> fieldErrors) {
        super("validation.failed");
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public InvalidInputException(String field, String messageKey, Object... args) {
        this(List.of(new FieldError(field, messageKey, args)));
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}

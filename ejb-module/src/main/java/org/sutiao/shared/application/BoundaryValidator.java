package org.sutiao.shared.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.PlainText;
import org.sutiao.shared.domain.TextPolicy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bean Validation at the service boundary, turned into one {@link InvalidInputException} listing every
 * offending field with a message key of our bundle (the annotation's message is the key, in braces).
 */
@ApplicationScoped
public class BoundaryValidator {
    @Inject
    Validator validator;

    /**
     * Validates {@code input} and adds the {@code extra} errors found by cross-field rules.
     *
     * @throws InvalidInputException when anything is wrong; nothing has been written then
     */
    public void check(Object input, List<InvalidInputException.FieldError> extra) {
        Set<ConstraintViolation<Object>> violations = validator.validate(input);
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        violations.stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> errors.add(error(v)));
        errors.addAll(extra);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static InvalidInputException.FieldError error(ConstraintViolation<?> v) {
        if (v.getConstraintDescriptor().getAnnotation() instanceof PlainText p
                && v.getInvalidValue() instanceof CharSequence text) {
            InvalidInputException.FieldError offence = TextPolicy.check(path(v), text.toString(), p.multiline());
            if (offence != null) {
                return offence;
            }
        }
        if (emptyButRequired(v)) {
            // an empty ruling number is missing, not of the wrong length (issue 12: "必填", not "长度须在 1 至 60 之间")
            return new InvalidInputException.FieldError(path(v), "validation.required");
        }
        return new InvalidInputException.FieldError(path(v), key(v.getMessageTemplate()), args(v));
    }

    /** A minimum size of 1 or more broken by an empty (or blank) text or an empty collection. */
    static boolean emptyButRequired(ConstraintViolation<?> v) {
        Object min = v.getConstraintDescriptor().getAttributes().get("min");
        if (!(v.getConstraintDescriptor().getAnnotation() instanceof jakarta.validation.constraints.Size)
                || !(min instanceof Integer m) || m < 1) {
            return false;
        }
        Object value = v.getInvalidValue();
        return value instanceof CharSequence cs ? cs.toString().isBlank()
                : value instanceof java.util.Collection<?> c ? c.isEmpty() : false;
    }

    /** The property path as clients wrote it: {@code parties[2]}, not {@code parties[2].<list element>}. */
    private static String path(ConstraintViolation<?> v) {
        return v.getPropertyPath().toString().replace(".<list element>", "").replace("<list element>", "");
    }

    private static String key(String template) {
        String t = template.strip();
        if (t.startsWith("{") && t.endsWith("}")) {
            t = t.substring(1, t.length() - 1);
        }
        return switch (t) {
            case "jakarta.validation.constraints.NotNull.message", "jakarta.validation.constraints.NotBlank.message",
                 "jakarta.validation.constraints.NotEmpty.message" -> "validation.required";
            case "jakarta.validation.constraints.Size.message" -> "validation.size";
            case "jakarta.validation.constraints.Email.message" -> "validation.email";
            case "jakarta.validation.constraints.Pattern.message" -> "validation.pattern";
            case "jakarta.validation.constraints.Min.message" -> "validation.min";
            case "jakarta.validation.constraints.Max.message" -> "validation.max";
            default -> t;
        };
    }

    private static Object[] args(ConstraintViolation<?> v) {
        Map<String, Object> attrs = v.getConstraintDescriptor().getAttributes();
        if (attrs.containsKey("max")) {
            return new Object[]{attrs.get("min"), attrs.get("max")};
        }
        if (attrs.containsKey("value")) {
            return new Object[]{attrs.get("value")};
        }
        return new Object[0];
    }
}

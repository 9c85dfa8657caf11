package org.sutiao.shared.domain;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Free text under the {@link TextPolicy}. Every String of a request body is checked at the API boundary
 * whether annotated or not (single-line by default, {@code PlainTextScan}); the annotation is needed only to
 * allow line breaks and tabs ({@code multiline = true}), and it makes Bean Validation check the field too.
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {
    /** True where line breaks and tabs belong to the text (facts, minutes, reasons, notes). */
    boolean multiline() default false;

    /** The bundle key of the message. */
    String message() default "{" + TextPolicy.UNSAFE_CHARACTER + "}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

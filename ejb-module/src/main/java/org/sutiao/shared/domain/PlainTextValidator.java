package org.sutiao.shared.domain;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Bean Validation of {@link PlainText}: the {@link TextPolicy}, with the message of the offence found. */
public class PlainTextValidator implements ConstraintValidator<PlainText, CharSequence> {
    private boolean multiline;

    @Override
    public void initialize(PlainText annotation) {
        this.multiline = annotation.multiline();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        InvalidInputException.FieldError error = value == null ? null
                : TextPolicy.check("", value.toString(), multiline);
        if (error == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("{" + error.messageKey() + "}").addConstraintViolation();
        return false;
    }
}

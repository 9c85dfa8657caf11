package org.sutiao.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.html.HtmlInputTextarea;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import org.sutiao.shared.application.Messages;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.TextPolicy;

import java.util.Collection;

/**
 * The {@link TextPolicy} on every text input of every form: registered as a default validator in
 * {@code faces-config.xml}, so a new field gets it without anyone remembering. A text area is multi-line; any
 * other input (and each chip of a chips input) is a single line. Values that are not text (dates, numbers, uploads)
 * pass. Source: issue 9 §4.
 */
@FacesValidator(PlainTextFacesValidator.ID)
public class PlainTextFacesValidator implements Validator<Object> {
    /** The validator id used in {@code faces-config.xml}. */
    public static final String ID = "sutiao.PlainText";

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (value instanceof String text) {
            check(context, component, text, component instanceof HtmlInputTextarea);
        } else if (value instanceof Collection<?> items) {
            for (Object item : items) {
                if (item instanceof String text) {
                    check(context, component, text, false);
                }
            }
        }
    }

    private static void check(FacesContext context, UIComponent component, String text, boolean multiline) {
        InvalidInputException.FieldError offence = TextPolicy.check(component.getId(), text, multiline);
        if (offence != null) {
            String message = Messages.get(context.getViewRoot().getLocale(), offence.messageKey(), offence.args());
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        }
    }
}

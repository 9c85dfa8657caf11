package org.sutiao.shared.rest;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.sutiao.shared.application.Messages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A body that does not bind to the request type (malformed JSON, an unknown enum constant, a string where a
 * number belongs) answers 400 {@code request.unreadable}, not 500. Where the JSON binding says so, {@code errors}
 * names the property that did not bind ({@code request.fieldUnreadable}), or the unknown value with the values
 * allowed ({@code request.unknownValue}). A chunked body that went past the limit while it was read answers 413
 * {@code request.tooLarge} ({@link LimitedBodyRequest}).
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {
    private static final Pattern PROPERTY = Pattern.compile("Unable to deserialize property '([^']{1,100})'");
    private static final Pattern ENUM = Pattern.compile("No enum constant ([\\w.$]{1,300})\\.([^.\\s]{0,100})$");

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ProcessingException e) {
        Locale locale = ProblemResponses.locale(headers);
        Response tooLarge = ProblemResponses.tooLarge(e, locale);
        if (tooLarge != null) {
            return tooLarge;
        }
        return ProblemResponses.of(Response.Status.BAD_REQUEST, "request.unreadable",
                Messages.get(locale, "request.unreadable"), problems(e, locale));
    }

    /** What the causes of {@code e} tell about the offending property and value; empty when they tell nothing. */
    static List<Problem.FieldProblem> problems(Throwable e, Locale locale) {
        List<String> path = new ArrayList<>();
        String unknownValue = null;
        String allowed = null;
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            String m = t.getMessage();
            if (m == null) {
                continue;
            }
            Matcher p = PROPERTY.matcher(m);
            if (p.find() && !path.contains(p.group(1))) {
                path.add(p.group(1));
            }
            Matcher en = ENUM.matcher(m);
            if (t instanceof IllegalArgumentException && en.find()) {
                unknownValue = en.group(2);
                allowed = constants(en.group(1));
            }
        }
        String field = path.isEmpty() ? null : String.join(".", path);
        if (unknownValue != null && allowed != null) {
            return List.of(new Problem.FieldProblem(field,
                    Messages.get(locale, "request.unknownValue", unknownValue, allowed)));
        }
        return field == null ? List.of()
                : List.of(new Problem.FieldProblem(field, Messages.get(locale, "request.fieldUnreadable")));
    }

    /** The constants of the named enum of the application, joined; null when it is not one. */
    private static String constants(String typeName) {
        if (!typeName.startsWith("org.sutiao.")) {
            return null;
        }
        for (String name = typeName; name.contains("."); name = name.substring(0, name.lastIndexOf('.')) + "$"
                + name.substring(name.lastIndexOf('.') + 1)) {
            try {
                Class<?> type = Class.forName(name, false, UnreadableBodyMapper.class.getClassLoader());
                return type.isEnum() ? Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                        .collect(Collectors.joining(", ")) : null;
            } catch (ClassNotFoundException | LinkageError notThisName) {
                // a nested enum is named Outer.Inner in the message and Outer$Inner by the class loader
            }
        }
        return null;
    }
}

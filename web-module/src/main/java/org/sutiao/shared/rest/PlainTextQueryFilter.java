package org.sutiao.shared.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.TextPolicy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Query and path parameters (search terms, a removal's {@code reason}) under the single-line text policy: an
 * offending one answers 400 naming the parameter. Source: issue 9 §4.
 */
@Provider
public class PlainTextQueryFilter implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        check(request.getUriInfo().getQueryParameters(), errors);
        check(request.getUriInfo().getPathParameters(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void check(Map<String, List<String>> parameters, List<InvalidInputException.FieldError> errors) {
        parameters.forEach((name, values) -> values.forEach(v -> {
            InvalidInputException.FieldError e = TextPolicy.check(name, v, false);
            if (e != null) {
                errors.add(e);
            }
        }));
    }
}

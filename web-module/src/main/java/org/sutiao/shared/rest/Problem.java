package org.sutiao.shared.rest;

import java.util.List;

/**
 * An RFC 9457 problem document with a stable {@code code} and a localized {@code detail}; validation problems
 * list the offending fields.
 */
public record Problem(String type, String title, int status, String code, String detail, List<FieldProblem> errors) {
    /** Media type of problem responses. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: its path in the request body and a localized message. */
    public record FieldProblem(String field, String message) {
    }
}

package org.sutiao.shared.domain;

import jakarta.ejb.ApplicationException;

import java.util.Arrays;

/**
 * Base of every business-rule failure. Carries a stable {@link #code()} (also the message key in the
 * {@code org.sutiao.i18n.messages} bundles) and the arguments of the localized message; the boundary (REST
 * mapper, Faces view) renders it in the caller's language. Thrown from an EJB it rolls the transaction back,
 * so nothing is half-written.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class DomainException extends RuntimeException {
    private final String code;
    private final transient Object[] args;

    protected DomainException(String code, Object... args) {
        super(code + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.code = code;
        this.args = args.clone();
    }

    /** Stable machine-readable code, e.g. {@code case.illegalTransition}; doubles as the message key. */
    public String code() {
        return code;
    }

    /** Arguments substituted into the localized message ({0}, {1}, ...). */
    public Object[] args() {
        return args.clone();
    }
}

package org.sutiao.shared.domain;

/**
 * The request is well formed but the current state forbids it: an illegal transition, a stale version, a
 * duplicate (HTTP 409).
 */
public class ConflictException extends DomainException {
    public ConflictException(String code, Object... args) {
        super(code, args);
    }
}

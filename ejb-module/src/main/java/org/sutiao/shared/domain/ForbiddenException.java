package org.sutiao.shared.domain;

/**
 * The caller may see that the thing exists but may not read or do this (HTTP 403), e.g. a metadata-only user asking
 * for a case's documents before recording a reason for full access.
 */
public class ForbiddenException extends DomainException {
    public ForbiddenException(String code, Object... args) {
        super(code, args);
    }
}

package org.sutiao.shared.domain;

/**
 * The thing does not exist or lies outside the caller's scope; both answer the same (HTTP 404) so that the
 * existence of a confidential case is never disclosed (notice 法办〔2024〕623号 §2(1)).
 */
public class NotFoundException extends DomainException {
    public NotFoundException(String code, Object... args) {
        super(code, args);
    }
}

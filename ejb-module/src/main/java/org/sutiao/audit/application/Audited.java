package org.sutiao.audit.application;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Audits the business methods of a service (STYLE.md: audit is an interceptor binding; CJIS Security Policy
 * §5.4.1.1: successful and unsuccessful attempts are logged). On a class, next to {@code @Stateless}: every call
 * that writes to the database is recorded with its outcome, and every refused call (a business rule, scope or
 * validation said no) with the refusal's code. On a method: that method is recorded on every call, also when it
 * only reads (exports, verification). See {@link AuditInterceptor}.
 */
@InterceptorBinding
@Inherited
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Audited {
}

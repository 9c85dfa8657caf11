package org.sutiao.shared.application;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a String of a request that holds an amount of money without its currency (a fee share, a minimum fee, a
 * bracket bound): {@link MoneyScan} holds it to the {@link org.sutiao.shared.domain.MoneyPolicy} with the cap of an
 * unknown currency; the service applies the currency's own once it knows it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface MoneyAmount {
}

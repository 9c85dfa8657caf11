/** Tiny cross-context value objects and the typed exceptions every context throws. */
package org.sutiao.shared.domain;

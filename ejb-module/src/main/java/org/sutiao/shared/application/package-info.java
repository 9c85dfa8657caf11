/** Cross-cutting application services: the injectable clock, localized messages, boundary validation. */
package org.sutiao.shared.application;

/** Early warnings (预警, issue 11 §2): the kinds of warning, their thresholds and the urgency rules. */
package org.sutiao.warning.domain;

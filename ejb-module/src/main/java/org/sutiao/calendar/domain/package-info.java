/** The PRC working-day calendar (holidays, make-up workdays) and the period rules built on it. */
package org.sutiao.calendar.domain;

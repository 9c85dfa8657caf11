/** Loading and editing the working-day calendar; recomputation of provisional deadlines when a year arrives. */
package org.sutiao.calendar.application;

/** Mediation centers and mediators (the roster); invited rosters and training come with the roster issue. */
package org.sutiao.roster.domain;

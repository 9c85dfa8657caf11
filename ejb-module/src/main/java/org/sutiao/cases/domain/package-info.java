/** The case aggregate: referral, offers to centers, acceptance, the timeline and the deadlines. */
package org.sutiao.cases.domain;

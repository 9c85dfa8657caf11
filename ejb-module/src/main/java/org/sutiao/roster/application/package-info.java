/** The courts' invited rosters: who a court may refer cases to, and whose mediators it prefers. */
package org.sutiao.roster.application;

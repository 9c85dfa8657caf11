/** The invited-roster API of the courts. */
package org.sutiao.roster.rest;

/** The court clerk's invited-roster page. */
package org.sutiao.roster.web;

/** The operator's calendar page: loaded years, their entries, loading a new year's notice. */
package org.sutiao.calendar.web;

/** The calendar API for operators: loaded years, their entries, loading a new year. */
package org.sutiao.calendar.rest;

/** Roster infrastructure: file formats (the Excel export of the national roster). */
package org.sutiao.roster.infrastructure;

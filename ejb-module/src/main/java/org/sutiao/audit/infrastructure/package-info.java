/** The audit's hooks into persistence and its Excel export. */
package org.sutiao.audit.infrastructure;

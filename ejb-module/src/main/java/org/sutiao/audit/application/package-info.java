/** Writing the audit log. */
package org.sutiao.audit.application;

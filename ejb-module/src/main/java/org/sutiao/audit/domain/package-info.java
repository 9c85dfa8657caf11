/** The audit log: every read of a case's detail or materials, and sensitive administrative acts. */
package org.sutiao.audit.domain;

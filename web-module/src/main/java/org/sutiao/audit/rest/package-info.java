/** The audit log over JSON: viewer, export, chain verification, a case's access trail. */
package org.sutiao.audit.rest;

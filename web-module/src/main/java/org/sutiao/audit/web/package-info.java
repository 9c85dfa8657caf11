/** The audit viewer page, a case's access-trail card, and the filter that notes each request's client address. */
package org.sutiao.audit.web;

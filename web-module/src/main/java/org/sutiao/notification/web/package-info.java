/** The notices panel of the home pages. */
package org.sutiao.notification.web;

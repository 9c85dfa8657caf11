/** Raising and listing notices for organisations and roles. */
package org.sutiao.notification.application;

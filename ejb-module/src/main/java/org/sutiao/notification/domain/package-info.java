/** Notices to organisations and roles: deadline reminders, operator alerts. Electronic service comes later. */
package org.sutiao.notification.domain;

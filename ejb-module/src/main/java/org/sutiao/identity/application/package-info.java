/** Authentication (one mechanism for pages and API), password hashing and the caller's organisation scope. */
package org.sutiao.identity.application;

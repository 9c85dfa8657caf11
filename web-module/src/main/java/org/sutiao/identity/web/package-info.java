/** The logged-in user's page state: language, identity, home page. */
package org.sutiao.identity.web;

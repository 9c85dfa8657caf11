/** The case API: referral push, case list and detail, accept, decline, re-referral, material download. */
package org.sutiao.cases.rest;

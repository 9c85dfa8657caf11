/** Case pages: lists per role, the referral form, the case page with its timeline, the center's decisions. */
package org.sutiao.cases.web;

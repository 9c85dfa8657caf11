/** Use cases of the case context: referral intake, acceptance and decline, queries within scope, deadlines. */
package org.sutiao.cases.application;

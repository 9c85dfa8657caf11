/** The fee API under {@code /api/v1}: the public fee listing, publishing schedules, a case's fee and subsidies. */
package org.sutiao.fees.rest;

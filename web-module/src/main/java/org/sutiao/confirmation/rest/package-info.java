/** The judicial confirmation and mediation document API. */
package org.sutiao.confirmation.rest;

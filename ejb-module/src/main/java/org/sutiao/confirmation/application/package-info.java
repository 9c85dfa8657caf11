/** Confirmation services: joint application, the court's review and ruling, issuing and receiving 调解书. */
package org.sutiao.confirmation.application;

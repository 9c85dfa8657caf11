/** Confirmation: judicial confirmation of a mediation agreement and the mediation document (调解书). */
package org.sutiao.confirmation.domain;

/**
 * Fee schedules and case fees (notice 法办〔2024〕623号 §5(4)): published, versioned schedules; the pure fee
 * computation; a case's fee with its split between the parties and their payments; government subsidies.
 */
package org.sutiao.fees.domain;

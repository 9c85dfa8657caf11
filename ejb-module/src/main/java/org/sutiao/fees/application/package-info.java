/**
 * Fee use cases: publishing and listing fee schedules (public), recording a case's fee at acceptance, its split,
 * payments and hours, government subsidies and their statistics.
 */
package org.sutiao.fees.application;

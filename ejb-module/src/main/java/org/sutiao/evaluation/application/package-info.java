/**
 * HQ evaluation use cases (issue 11 §1–§2): keeping the facts and summaries current (the fold, the recompute), the
 * evaluation of centers and mediators against the indicator set in effect, the set's versions, party satisfaction;
 * the quality analysis reports (issue 11 §3) and their timer.
 */
package org.sutiao.evaluation.application;

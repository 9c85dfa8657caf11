/**
 * HQ evaluation use cases (issue 11 §1–§2): keeping the facts and summaries current (the fold, the recompute), the
 * evaluation of centers and mediators against the indicator set in effect, the set's versions, party satisfaction.
 */
package org.sutiao.evaluation.application;

/**
 * HQ evaluation (issue 11 §1): what each case contributes to the indicators of its centers and mediator, the
 * indicators with their reference ranges and weights in a versioned set, the score and grade, party satisfaction.
 */
package org.sutiao.evaluation.domain;

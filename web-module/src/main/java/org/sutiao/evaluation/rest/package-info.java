/** The evaluation API (issue 11 §2): centers' and mediators' figures, the indicator set's versions, satisfaction. */
package org.sutiao.evaluation.rest;

/** The evaluation's pages: the public statistics (issue 11 §4, no login) and its short address. */
package org.sutiao.evaluation.web;

/**
 * The evaluation's pages: the dashboard (绩效评估, issue 11 §2: tiles, charts, centers against the ranges, drill-down,
 * export) and the public statistics (issue 11 §4, no login) with its short address.
 */
package org.sutiao.evaluation.web;

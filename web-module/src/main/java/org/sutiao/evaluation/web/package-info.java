/** The evaluation dashboard (绩效评估, issue 11 §2): tiles, charts, centers against the ranges, drill-down, export. */
package org.sutiao.evaluation.web;

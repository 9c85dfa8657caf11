package org.sutiao.evaluation.domain;

/** A quality analysis report is a DRAFT HQ edits until it is PUBLISHED, then frozen (issue 11 §3). */
public enum ReportStatus {
    DRAFT, PUBLISHED
}

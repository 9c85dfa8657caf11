package org.sutiao.cases.domain;

/**
 * What the court did after receiving a failure report (notice 法办〔2024〕623号 §4(4)2): a DELEGATED case is
 * registered (立案, with the filed case number), an ENTRUSTED case resumes trial, and for a direct application the
 * applicant is told how to file.
 */
public enum CourtAction {
    CASE_REGISTERED, TRIAL_RESUMED, APPLICANT_INFORMED
}

-- A center's inbox looks for its agreements being signed (SEAL_AGREEMENT, CaseQueryService.recordItems): driven from
-- the few agreements in SIGNING instead of checking each of its thousands of cases in mediation (issue 10).
CREATE INDEX agreement_status_case ON agreement (status, case_id);

-- Issue 11 §3: the quality analysis reports (调解工作质效分析报告). A draft holds the period, the scope and HQ's
-- narrative; its figures are generated when read. Publication freezes the rendered PDF and workbook in
-- quality_report_snapshot, with the PDF's SHA-256, so a published report never changes.
CREATE TABLE quality_report (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL,
    period_from DATE NOT NULL,
    period_to DATE NOT NULL,
    -- NATIONAL, REGION:<province> or CENTER:<center code>
    scope VARCHAR(60) NOT NULL,
    -- MONTHLY or QUARTERLY for the timer's drafts; NULL for HQ's own (several of the same period are allowed)
    kind VARCHAR(12),
    status VARCHAR(12) NOT NULL,
    findings VARCHAR(4000),
    problems VARCHAR(4000),
    measures VARCHAR(4000),
    created_by VARCHAR(80) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by VARCHAR(80),
    published_at TIMESTAMP WITH TIME ZONE,
    sha256 CHAR(64),
    -- a second node or a rerun of the timer cannot draft the same periodic report twice (NULL kinds never collide)
    CONSTRAINT quality_report_periodic UNIQUE (period_from, period_to, scope, kind)
);
-- the list: newest first, keyset on id; the readers outside HQ filter published ones by scope
CREATE INDEX quality_report_status_scope ON quality_report (status, scope, id);

CREATE TABLE quality_report_snapshot (
    report_id BIGINT PRIMARY KEY REFERENCES quality_report (id),
    pdf BYTEA NOT NULL,
    xlsx BYTEA NOT NULL
);

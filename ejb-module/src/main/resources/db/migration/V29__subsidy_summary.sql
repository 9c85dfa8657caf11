-- Issue 10 §2: subsidy statistics (and every aggregate HQ sees) within 100 ms at 1,000,000 cases. The statistics per
-- center, calendar year of the grant date and currency are kept in this summary, maintained in the transaction of
-- every subsidy write (SubsidySummary: an atomic upsert-and-increment on the primary key, so concurrent writes of
-- the same group add up and never lose one) and when a case's subsidies follow it to another center; HQ reads these
-- few rows instead of grouping every subsidy. GET /fees/subsidy-statistics?recount=true computes the same figures
-- from case_subsidy (the recompute path), and the rows can be rebuilt from it with the INSERT below.
CREATE TABLE subsidy_summary (
    center_id BIGINT NOT NULL REFERENCES mediation_center (id),
    grant_year INTEGER NOT NULL,
    currency VARCHAR(3) NOT NULL,
    total NUMERIC(19, 2) NOT NULL,
    subsidies BIGINT NOT NULL,
    CONSTRAINT subsidy_summary_pk PRIMARY KEY (center_id, grant_year, currency)
);

INSERT INTO subsidy_summary (center_id, grant_year, currency, total, subsidies)
SELECT center_id, CAST(EXTRACT(YEAR FROM granted_on) AS INTEGER), currency, SUM(amount), COUNT(*)
FROM case_subsidy GROUP BY center_id, CAST(EXTRACT(YEAR FROM granted_on) AS INTEGER), currency;

-- The respondents' consent due date of a direct application is computed with the working-day calendar like the
-- other periods: it carries the same provisional flag (issue 9 §5), recomputed when the year's notice is loaded.
ALTER TABLE mediation_case ADD COLUMN consent_due_provisional BOOLEAN DEFAULT FALSE NOT NULL;

-- The evaluation's summary rows are deleted and inserted again by every fold (EvaluationFolder: each touched day and
-- month of a center, mediator or court), so their heap churns all day while the drill-downs read them through
-- index-only scans. Keep their visibility maps fresh: at 1 M cases, after one benchmark run the year's histogram of
-- a center's 170 mediators made 16,477 heap fetches (52 ms warm, 342 ms cold) with 121,942 dead rows of 407,885
-- waiting for the default 20 % threshold.
ALTER TABLE eval_summary SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02);
ALTER TABLE eval_duration SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02);
ALTER TABLE eval_daily SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02);
ALTER TABLE eval_duration_daily SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02);

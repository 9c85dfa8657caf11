-- Pilot regions (notice 法办〔2024〕623号 §2(5)) and the courts' invited rosters (特邀调解名册, 特邀调解规定 Art. 5-10).

-- A region takes part from enabled_from (a Beijing date); the nationwide rollout is rows here, not code.
CREATE TABLE pilot_region (
    region VARCHAR(20) PRIMARY KEY,
    version BIGINT NOT NULL,
    enabled_from DATE NOT NULL,
    enabled_by VARCHAR(64) NOT NULL,
    enabled_at TIMESTAMP WITH TIME ZONE NOT NULL
);
-- The ten pilot regions of the notice, enabled from the start of the platform.
INSERT INTO pilot_region (region, version, enabled_from, enabled_by, enabled_at) VALUES
    ('北京', 1, DATE '2024-01-01', 'system', CURRENT_TIMESTAMP),
    ('天津', 1, DATE '2024-01-01', 'system', CURRENT_TIMESTAMP),
    ('河北', 1, DATE '2024-01-01', 'system', CURRENT_TIMESTAMP),
    ('浙江', 1, DATE '2024-01-01', 'system', CURRENT_TIMESTAMP),
    ('福建', 1, DATE '2024-01-01', 'system', CURRENT_TIMESTAMP),
    ('江西', 1, DATE '2024-01-01', 'system', CURRENT_TIMESTAMP),
    ('广东', 1, DATE '2024-01-01', 'system', CURRENT_TIMESTAMP),
    ('广西', 1, DATE '2024-01-01', 'system', CURRENT_TIMESTAMP),
    ('重庆', 1, DATE '2024-01-01', 'system', CURRENT_TIMESTAMP),
    ('云南', 1, DATE '2024-01-01', 'system', CURRENT_TIMESTAMP);

-- One entry invites either a center or a mediator, for a validity period; removal is recorded, never deleted.
CREATE TABLE invited_roster_entry (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL,
    court_id BIGINT NOT NULL REFERENCES court (id),
    center_id BIGINT REFERENCES mediation_center (id),
    mediator_id BIGINT REFERENCES mediator (id),
    valid_from DATE NOT NULL,
    valid_to DATE,
    added_at TIMESTAMP WITH TIME ZONE NOT NULL,
    added_by VARCHAR(64) NOT NULL,
    removed_at TIMESTAMP WITH TIME ZONE,
    removed_by VARCHAR(64),
    removal_reason VARCHAR(500),
    CONSTRAINT invited_entry_one_target CHECK ((center_id IS NULL AND mediator_id IS NOT NULL)
        OR (center_id IS NOT NULL AND mediator_id IS NULL))
);
CREATE INDEX invited_roster_court ON invited_roster_entry (court_id, removed_at);

-- Mediation sessions: time, online or offline, link or place, participants, minutes (在线调解规则 Art. 13-16).
CREATE TABLE mediation_session (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL,
    case_id BIGINT NOT NULL REFERENCES mediation_case (id),
    scheduled_at TIMESTAMP WITH TIME ZONE NOT NULL,
    mode VARCHAR(10) NOT NULL,
    place_or_link VARCHAR(500) NOT NULL,
    participants VARCHAR(1000) NOT NULL,
    minutes VARCHAR(8000),
    minutes_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX mediation_session_case ON mediation_session (case_id, scheduled_at);

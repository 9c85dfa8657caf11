-- Center construction facts, the full mediator roster, training, reporting up to HQ and the approved national
-- roster (notice 法办〔2024〕623号 §4(2), §4(3), §5(5); 特邀调解规定 Art. 5-13; 在线调解规则 Art. 27-29).

-- Center construction (HQ keeps it; evaluation scores it later).
ALTER TABLE mediation_center ADD COLUMN org_form VARCHAR(30);
ALTER TABLE mediation_center ADD COLUMN status VARCHAR(12) DEFAULT 'ACTIVE' NOT NULL;
ALTER TABLE mediation_center ADD COLUMN established_on DATE;
ALTER TABLE mediation_center ADD COLUMN office_area_sqm INTEGER;
ALTER TABLE mediation_center ADD COLUMN contact_person VARCHAR(60);
ALTER TABLE mediation_center ADD COLUMN contact_email VARCHAR(120);
ALTER TABLE mediation_center ADD COLUMN rules_file_name VARCHAR(200);
ALTER TABLE mediation_center ADD COLUMN rules_content_type VARCHAR(100);
ALTER TABLE mediation_center ADD COLUMN rules_content BYTEA;
ALTER TABLE mediation_center ADD COLUMN rules_sha256 VARCHAR(64);
ALTER TABLE mediation_center ADD COLUMN rules_uploaded_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE mediation_center ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE mediation_center ADD COLUMN updated_by VARCHAR(64);

-- Fixed office and mediation venues of a center.
CREATE TABLE center_venue (
    center_id BIGINT NOT NULL REFERENCES mediation_center (id),
    seq INTEGER NOT NULL,
    kind VARCHAR(20) NOT NULL,
    name VARCHAR(100) NOT NULL,
    address VARCHAR(200),
    seats INTEGER,
    PRIMARY KEY (center_id, seq)
);

-- The mediator roster kept by the center admin.
ALTER TABLE mediator ADD COLUMN id_number VARCHAR(20);
ALTER TABLE mediator ADD COLUMN phone VARCHAR(40);
ALTER TABLE mediator ADD COLUMN cert_level VARCHAR(20);
ALTER TABLE mediator ADD COLUMN cert_number VARCHAR(40);
ALTER TABLE mediator ADD COLUMN cert_valid_from DATE;
ALTER TABLE mediator ADD COLUMN cert_valid_to DATE;
ALTER TABLE mediator ADD COLUMN training_hours NUMERIC(7,1) DEFAULT 0 NOT NULL;
ALTER TABLE mediator ADD COLUMN exit_date DATE;
ALTER TABLE mediator ADD COLUMN exit_reason VARCHAR(30);
ALTER TABLE mediator ADD COLUMN exit_note VARCHAR(500);
-- one roster entry per person: a concurrent second enrolment fails here, not just in the service check
CREATE UNIQUE INDEX mediator_id_number ON mediator (id_number);

-- Mediator codes for new roster entries (M1000 onwards); a row lock makes the numbers unique.
CREATE TABLE code_counter (
    name VARCHAR(30) PRIMARY KEY,
    next_value BIGINT NOT NULL
);
INSERT INTO code_counter (name, next_value) VALUES ('mediator', 1000);

CREATE TABLE mediator_assessment (
    id BIGINT PRIMARY KEY,
    mediator_id BIGINT NOT NULL REFERENCES mediator (id),
    period VARCHAR(20) NOT NULL,
    score NUMERIC(5,1) NOT NULL,
    grade VARCHAR(20) NOT NULL,
    assessor VARCHAR(100) NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by VARCHAR(64) NOT NULL
);
CREATE INDEX mediator_assessment_mediator ON mediator_assessment (mediator_id);

-- Commendations and sanctions.
CREATE TABLE mediator_merit (
    id BIGINT PRIMARY KEY,
    mediator_id BIGINT NOT NULL REFERENCES mediator (id),
    kind VARCHAR(12) NOT NULL,
    occurred_on DATE NOT NULL,
    reason VARCHAR(500) NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by VARCHAR(64) NOT NULL
);
CREATE INDEX mediator_merit_mediator ON mediator_merit (mediator_id);

-- Declared relationships that could create conflicts of interest (companies or persons).
CREATE TABLE mediator_relationship (
    id BIGINT PRIMARY KEY,
    mediator_id BIGINT NOT NULL REFERENCES mediator (id),
    counterpart_type VARCHAR(20) NOT NULL,
    counterpart_name VARCHAR(200) NOT NULL,
    counterpart_code VARCHAR(30),
    relation VARCHAR(200) NOT NULL,
    declared_at TIMESTAMP WITH TIME ZONE NOT NULL,
    declared_by VARCHAR(64) NOT NULL,
    withdrawn_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX mediator_relationship_mediator ON mediator_relationship (mediator_id);

-- Every change to a mediator, with who and when; report_id is set once it went up to HQ in a report.
CREATE TABLE mediator_change (
    id BIGINT PRIMARY KEY,
    mediator_id BIGINT NOT NULL REFERENCES mediator (id),
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by VARCHAR(64) NOT NULL,
    summary VARCHAR(2000) NOT NULL,
    report_id BIGINT
);
CREATE INDEX mediator_change_mediator ON mediator_change (mediator_id, changed_at);
CREATE INDEX mediator_change_report ON mediator_change (report_id);

-- Training courses (by HQ or a center) and who attended them.
CREATE TABLE training_course (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL,
    title VARCHAR(200) NOT NULL,
    provider VARCHAR(200) NOT NULL,
    organizer_center_id BIGINT REFERENCES mediation_center (id),
    held_on DATE NOT NULL,
    hours NUMERIC(5,1) NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by VARCHAR(64) NOT NULL
);
CREATE TABLE training_attendance (
    id BIGINT PRIMARY KEY,
    course_id BIGINT NOT NULL REFERENCES training_course (id),
    mediator_id BIGINT NOT NULL REFERENCES mediator (id),
    hours NUMERIC(5,1) NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by VARCHAR(64) NOT NULL,
    CONSTRAINT training_attendance_once UNIQUE (course_id, mediator_id)
);
CREATE INDEX training_attendance_mediator ON training_attendance (mediator_id);

-- Reporting up (上报): a center's roster changes go to HQ, which approves or returns them.
CREATE TABLE roster_report (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL,
    center_id BIGINT NOT NULL REFERENCES mediation_center (id),
    status VARCHAR(12) NOT NULL,
    submitted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_by VARCHAR(64) NOT NULL,
    note VARCHAR(1000),
    reviewed_at TIMESTAMP WITH TIME ZONE,
    reviewed_by VARCHAR(64),
    review_comments VARCHAR(2000)
);
CREATE INDEX roster_report_center ON roster_report (center_id, submitted_at);
CREATE INDEX roster_report_status ON roster_report (status, submitted_at);

-- The state of one mediator as reported; approval copies it into the national roster.
CREATE TABLE roster_report_item (
    id BIGINT PRIMARY KEY,
    report_id BIGINT NOT NULL REFERENCES roster_report (id),
    mediator_id BIGINT NOT NULL REFERENCES mediator (id),
    changes VARCHAR(4000) NOT NULL,
    code VARCHAR(20) NOT NULL,
    name VARCHAR(60) NOT NULL,
    center_code VARCHAR(30) NOT NULL,
    center_name VARCHAR(120) NOT NULL,
    region VARCHAR(20) NOT NULL,
    industry VARCHAR(40),
    employment VARCHAR(10) NOT NULL,
    profession VARCHAR(40),
    specialties VARCHAR(210),
    languages VARCHAR(110),
    years_experience INTEGER NOT NULL,
    cert_level VARCHAR(20),
    cert_number VARCHAR(40),
    cert_valid_to DATE,
    status VARCHAR(10) NOT NULL
);
CREATE INDEX roster_report_item_report ON roster_report_item (report_id);

-- The national roster: approved data only, one row per mediator (specialties and languages kept as ;a;b;).
CREATE TABLE national_roster_entry (
    mediator_id BIGINT PRIMARY KEY REFERENCES mediator (id),
    report_id BIGINT NOT NULL REFERENCES roster_report (id),
    approved_at TIMESTAMP WITH TIME ZONE NOT NULL,
    code VARCHAR(20) NOT NULL,
    name VARCHAR(60) NOT NULL,
    center_code VARCHAR(30) NOT NULL,
    center_name VARCHAR(120) NOT NULL,
    region VARCHAR(20) NOT NULL,
    industry VARCHAR(40),
    employment VARCHAR(10) NOT NULL,
    profession VARCHAR(40),
    specialties VARCHAR(210),
    languages VARCHAR(110),
    years_experience INTEGER NOT NULL,
    cert_level VARCHAR(20),
    cert_number VARCHAR(40),
    cert_valid_to DATE,
    status VARCHAR(10) NOT NULL,
    training_hours NUMERIC(7,1) DEFAULT 0 NOT NULL
);
CREATE INDEX national_roster_region ON national_roster_entry (region, status);
CREATE INDEX national_roster_center ON national_roster_entry (center_code);
CREATE INDEX national_roster_code ON national_roster_entry (code);

-- A mediator the parties agreed on and named at referral (特邀调解规定 Art. 12).
ALTER TABLE mediation_case ADD COLUMN nominated_mediator_id BIGINT REFERENCES mediator (id);
-- Why a center assigned a mediator despite a conflict hit (recorded override).
ALTER TABLE mediation_case ADD COLUMN conflict_override_reason VARCHAR(1000);

-- Change history (Hibernate Envers, issue 8): one revision per transaction in revinfo (when, and who: the signed-in
-- user, or 'system' for start-up data and scheduled jobs), and per audited table a <table>_aud table with the record's
-- values at each revision (revtype 0 created, 1 changed, 2 deleted; a deleted record's last values are kept).
-- Hibernate never creates these tables: a column added to an audited entity needs the same column here, in a new
-- migration (AuditSchemaIT fails until it has one), or @NotAudited on the field.
-- Not audited: app_user.password_hash, allocation_run's input and result (written once), the version columns, and
-- the tables that are themselves histories or messages (place_offer_change, supervisor_training_change,
-- placement_event, notification).
-- Portable SQL: H2 2.2, MySQL 8 and MariaDB 10.11.

CREATE TABLE revinfo (
    rev BIGINT AUTO_INCREMENT PRIMARY KEY,
    revtstmp TIMESTAMP(6) NOT NULL,
    username VARCHAR(60) NOT NULL
);
-- the audit page filters on the person and the date range
CREATE INDEX ix_revinfo_time ON revinfo (revtstmp);
CREATE INDEX ix_revinfo_user ON revinfo (username, revtstmp);

CREATE TABLE allocation_run_aud (
    id BIGINT NOT NULL,
    rev BIGINT NOT NULL,
    revtype TINYINT,
    capacity INTEGER,
    ceiling INTEGER,
    placed_count INTEGER,
    request_count INTEGER,
    elapsed_ms BIGINT,
    published_at TIMESTAMP(6) NULL,
    run_at TIMESTAMP(6) NULL,
    seed BIGINT,
    term_id BIGINT,
    published_by VARCHAR(60),
    run_by VARCHAR(60),
    profile VARCHAR(200),
    CONSTRAINT pk_allocation_run_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_allocation_run_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);
CREATE TABLE app_user_aud (
    id BIGINT NOT NULL,
    rev BIGINT NOT NULL,
    revtype TINYINT,
    enabled BOOLEAN,
    created_at TIMESTAMP(6) NULL,
    district_id BIGINT,
    university_id BIGINT,
    username VARCHAR(60),
    display_name VARCHAR(120),
    email VARCHAR(254),
    role VARCHAR(16),
    CONSTRAINT pk_app_user_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_app_user_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);
CREATE TABLE area_of_work_aud (
    id BIGINT NOT NULL,
    rev BIGINT NOT NULL,
    revtype TINYINT,
    active BOOLEAN,
    code VARCHAR(10),
    name_en VARCHAR(120),
    name_sv VARCHAR(120),
    CONSTRAINT pk_area_of_work_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_area_of_work_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);
CREATE TABLE district_aud (
    id BIGINT NOT NULL,
    rev BIGINT NOT NULL,
    revtype TINYINT,
    active BOOLEAN,
    code VARCHAR(10),
    name VARCHAR(120),
    CONSTRAINT pk_district_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_district_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);
CREATE TABLE inquiry_aud (
    id BIGINT NOT NULL,
    rev BIGINT NOT NULL,
    revtype TINYINT,
    received_on DATE,
    acknowledged_at TIMESTAMP(6) NULL,
    closed_at TIMESTAMP(6) NULL,
    district_id BIGINT,
    forwarded_at TIMESTAMP(6) NULL,
    request_id BIGINT,
    university_id BIGINT,
    closed_by VARCHAR(60),
    forwarded_by VARCHAR(60),
    home_university VARCHAR(120),
    student_name VARCHAR(120),
    student_email VARCHAR(254),
    decline_reason VARCHAR(500),
    message VARCHAR(2000),
    status VARCHAR(24),
    CONSTRAINT pk_inquiry_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_inquiry_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);
CREATE TABLE place_offer_aud (
    id BIGINT NOT NULL,
    rev BIGINT NOT NULL,
    revtype TINYINT,
    changed_after_deadline BOOLEAN,
    places INTEGER,
    taken INTEGER,
    area_id BIGINT,
    district_id BIGINT,
    supervisor_id BIGINT,
    term_id BIGINT,
    unit_id BIGINT,
    withdrawn_at TIMESTAMP(6) NULL,
    withdrawn_by VARCHAR(60),
    languages VARCHAR(200),
    withdrawn_reason VARCHAR(500),
    notes VARCHAR(2000),
    status VARCHAR(16),
    CONSTRAINT pk_place_offer_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_place_offer_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);
CREATE TABLE placement_aud (
    id BIGINT NOT NULL,
    rev BIGINT NOT NULL,
    revtype TINYINT,
    achieved_rank INTEGER,
    ended_on DATE,
    locked BOOLEAN,
    moved_by_hand BOOLEAN,
    changed_at TIMESTAMP(6) NULL,
    district_id BIGINT,
    live_request_id BIGINT,
    place_offer_id BIGINT,
    request_id BIGINT,
    run_id BIGINT,
    supervisor_id BIGINT,
    term_id BIGINT,
    university_id BIGINT,
    changed_by VARCHAR(60),
    reason VARCHAR(500),
    status VARCHAR(16),
    CONSTRAINT pk_placement_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_placement_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);
CREATE TABLE student_request_aud (
    id BIGINT NOT NULL,
    rev BIGINT NOT NULL,
    revtype TINYINT,
    extra_support BOOLEAN,
    no_preference BOOLEAN,
    area_pref_1_id BIGINT,
    area_pref_2_id BIGINT,
    area_pref_3_id BIGINT,
    changed_at TIMESTAMP(6) NULL,
    district_pref_1_id BIGINT,
    district_pref_2_id BIGINT,
    district_pref_3_id BIGINT,
    late_change_at TIMESTAMP(6) NULL,
    term_id BIGINT,
    university_id BIGINT,
    withdrawn_at TIMESTAMP(6) NULL,
    student_ref VARCHAR(40),
    changed_by VARCHAR(60),
    late_change_by VARCHAR(60),
    home_university VARCHAR(120),
    student_name VARCHAR(120),
    languages VARCHAR(200),
    student_email VARCHAR(254),
    withdrawal_reason VARCHAR(500),
    extra_support_note VARCHAR(2000),
    notes VARCHAR(2000),
    status VARCHAR(16),
    CONSTRAINT pk_student_request_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_student_request_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);
CREATE TABLE student_request_exclusion_aud (
    rev BIGINT NOT NULL,
    request_id BIGINT NOT NULL,
    district_id BIGINT NOT NULL,
    revtype TINYINT,
    CONSTRAINT pk_student_request_exclusion_aud PRIMARY KEY (district_id, request_id, rev),
    CONSTRAINT fk_student_request_exclusion_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);
CREATE TABLE supervisor_aud (
    id BIGINT NOT NULL,
    rev BIGINT NOT NULL,
    revtype TINYINT,
    active BOOLEAN,
    max_students INTEGER,
    training_completed DATE,
    training_start DATE,
    training_university_id BIGINT,
    unit_id BIGINT,
    name VARCHAR(120),
    title VARCHAR(120),
    training_course VARCHAR(200),
    email VARCHAR(254),
    training_status VARCHAR(16),
    CONSTRAINT pk_supervisor_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_supervisor_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);
CREATE TABLE term_aud (
    id BIGINT NOT NULL,
    rev BIGINT NOT NULL,
    revtype TINYINT,
    reporting_deadline DATE,
    request_deadline DATE,
    target_places INTEGER,
    term_year INTEGER,
    vfu_end DATE,
    vfu_start DATE,
    code VARCHAR(6),
    season VARCHAR(2),
    status VARCHAR(16),
    CONSTRAINT pk_term_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_term_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);
CREATE TABLE training_course_aud (
    rev BIGINT NOT NULL,
    report_id BIGINT NOT NULL,
    position INTEGER NOT NULL,
    revtype TINYINT NOT NULL,
    name VARCHAR(200),
    start_date DATE,
    end_date DATE,
    seats INTEGER,
    CONSTRAINT pk_training_course_aud PRIMARY KEY (position, revtype, report_id, rev),
    CONSTRAINT fk_training_course_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);
CREATE TABLE training_report_aud (
    id BIGINT NOT NULL,
    rev BIGINT NOT NULL,
    revtype TINYINT,
    staff_not_given_place INTEGER,
    staff_offered INTEGER,
    term_id BIGINT,
    university_id BIGINT,
    updated_at TIMESTAMP(6) NULL,
    updated_by VARCHAR(60),
    evaluation_summary VARCHAR(4000),
    CONSTRAINT pk_training_report_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_training_report_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);
CREATE TABLE unit_aud (
    id BIGINT NOT NULL,
    rev BIGINT NOT NULL,
    revtype TINYINT,
    active BOOLEAN,
    area_id BIGINT,
    deactivated_at TIMESTAMP(6) NULL,
    district_id BIGINT,
    reactivated_at TIMESTAMP(6) NULL,
    deactivated_by VARCHAR(60),
    reactivated_by VARCHAR(60),
    contact_name VARCHAR(120),
    name VARCHAR(120),
    contact_email VARCHAR(254),
    CONSTRAINT pk_unit_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_unit_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);
CREATE TABLE university_aud (
    id BIGINT NOT NULL,
    rev BIGINT NOT NULL,
    revtype TINYINT,
    active BOOLEAN,
    code VARCHAR(10),
    name_en VARCHAR(120),
    name_sv VARCHAR(120),
    CONSTRAINT pk_university_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_university_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);

-- A baseline: every record that exists when the history starts gets one revision by 'system' with its values then,
-- so the first change afterwards shows what it changed from.
INSERT INTO revinfo (revtstmp, username) VALUES (CURRENT_TIMESTAMP, 'system');
INSERT INTO allocation_run_aud (id, capacity, ceiling, placed_count, request_count, elapsed_ms, published_at, run_at, seed, term_id, published_by, run_by, profile, rev, revtype)
    SELECT id, capacity, ceiling, placed_count, request_count, elapsed_ms, published_at, run_at, seed, term_id, published_by, run_by, profile, (SELECT MAX(rev) FROM revinfo), 0 FROM allocation_run;
INSERT INTO app_user_aud (id, enabled, created_at, district_id, university_id, username, display_name, email, role, rev, revtype)
    SELECT id, enabled, created_at, district_id, university_id, username, display_name, email, role, (SELECT MAX(rev) FROM revinfo), 0 FROM app_user;
INSERT INTO area_of_work_aud (id, active, code, name_en, name_sv, rev, revtype)
    SELECT id, active, code, name_en, name_sv, (SELECT MAX(rev) FROM revinfo), 0 FROM area_of_work;
INSERT INTO district_aud (id, active, code, name, rev, revtype)
    SELECT id, active, code, name, (SELECT MAX(rev) FROM revinfo), 0 FROM district;
INSERT INTO inquiry_aud (id, received_on, acknowledged_at, closed_at, district_id, forwarded_at, request_id, university_id, closed_by, forwarded_by, home_university, student_name, student_email, decline_reason, message, status, rev, revtype)
    SELECT id, received_on, acknowledged_at, closed_at, district_id, forwarded_at, request_id, university_id, closed_by, forwarded_by, home_university, student_name, student_email, decline_reason, message, status, (SELECT MAX(rev) FROM revinfo), 0 FROM inquiry;
INSERT INTO place_offer_aud (id, changed_after_deadline, places, taken, area_id, district_id, supervisor_id, term_id, unit_id, withdrawn_at, withdrawn_by, languages, withdrawn_reason, notes, status, rev, revtype)
    SELECT id, changed_after_deadline, places, taken, area_id, district_id, supervisor_id, term_id, unit_id, withdrawn_at, withdrawn_by, languages, withdrawn_reason, notes, status, (SELECT MAX(rev) FROM revinfo), 0 FROM place_offer;
INSERT INTO placement_aud (id, achieved_rank, ended_on, locked, moved_by_hand, changed_at, district_id, live_request_id, place_offer_id, request_id, run_id, supervisor_id, term_id, university_id, changed_by, reason, status, rev, revtype)
    SELECT id, achieved_rank, ended_on, locked, moved_by_hand, changed_at, district_id, live_request_id, place_offer_id, request_id, run_id, supervisor_id, term_id, university_id, changed_by, reason, status, (SELECT MAX(rev) FROM revinfo), 0 FROM placement;
INSERT INTO student_request_aud (id, extra_support, no_preference, area_pref_1_id, area_pref_2_id, area_pref_3_id, changed_at, district_pref_1_id, district_pref_2_id, district_pref_3_id, late_change_at, term_id, university_id, withdrawn_at, student_ref, changed_by, late_change_by, home_university, student_name, languages, student_email, withdrawal_reason, extra_support_note, notes, status, rev, revtype)
    SELECT id, extra_support, no_preference, area_pref_1_id, area_pref_2_id, area_pref_3_id, changed_at, district_pref_1_id, district_pref_2_id, district_pref_3_id, late_change_at, term_id, university_id, withdrawn_at, student_ref, changed_by, late_change_by, home_university, student_name, languages, student_email, withdrawal_reason, extra_support_note, notes, status, (SELECT MAX(rev) FROM revinfo), 0 FROM student_request;
INSERT INTO student_request_exclusion_aud (request_id, district_id, rev, revtype)
    SELECT request_id, district_id, (SELECT MAX(rev) FROM revinfo), 0 FROM student_request_exclusion;
INSERT INTO supervisor_aud (id, active, max_students, training_completed, training_start, training_university_id, unit_id, name, title, training_course, email, training_status, rev, revtype)
    SELECT id, active, max_students, training_completed, training_start, training_university_id, unit_id, name, title, training_course, email, training_status, (SELECT MAX(rev) FROM revinfo), 0 FROM supervisor;
INSERT INTO term_aud (id, reporting_deadline, request_deadline, target_places, term_year, vfu_end, vfu_start, code, season, status, rev, revtype)
    SELECT id, reporting_deadline, request_deadline, target_places, term_year, vfu_end, vfu_start, code, season, status, (SELECT MAX(rev) FROM revinfo), 0 FROM term;
INSERT INTO training_course_aud (report_id, position, name, start_date, end_date, seats, rev, revtype)
    SELECT report_id, position, name, start_date, end_date, seats, (SELECT MAX(rev) FROM revinfo), 0 FROM training_course;
INSERT INTO training_report_aud (id, staff_not_given_place, staff_offered, term_id, university_id, updated_at, updated_by, evaluation_summary, rev, revtype)
    SELECT id, staff_not_given_place, staff_offered, term_id, university_id, updated_at, updated_by, evaluation_summary, (SELECT MAX(rev) FROM revinfo), 0 FROM training_report;
INSERT INTO unit_aud (id, active, area_id, deactivated_at, district_id, reactivated_at, deactivated_by, reactivated_by, contact_name, name, contact_email, rev, revtype)
    SELECT id, active, area_id, deactivated_at, district_id, reactivated_at, deactivated_by, reactivated_by, contact_name, name, contact_email, (SELECT MAX(rev) FROM revinfo), 0 FROM unit;
INSERT INTO university_aud (id, active, code, name_en, name_sv, rev, revtype)
    SELECT id, active, code, name_en, name_sv, (SELECT MAX(rev) FROM revinfo), 0 FROM university;

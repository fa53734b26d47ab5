-- Recruitment (issue 11): trainee posts reported by the districts, their candidates (former VFU students linked to
-- their placement, or from outside VFU) with every step kept, and the yearly staff turnover per district.
-- Portable SQL: H2 2.2 (MODE=MySQL), MySQL 8, MariaDB 10.11.

CREATE TABLE trainee_post (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    district_id BIGINT NOT NULL,
    unit_id BIGINT NOT NULL,
    area_id BIGINT NOT NULL,
    period_start DATE NOT NULL,
    period_end DATE NOT NULL,
    posts INT NOT NULL,
    status VARCHAR(16) NOT NULL,
    changed_at TIMESTAMP(6) NOT NULL,
    changed_by VARCHAR(60) NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT fk_trainee_post_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_trainee_post_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_trainee_post_area FOREIGN KEY (area_id) REFERENCES area_of_work (id),
    CONSTRAINT ck_trainee_post_posts CHECK (posts >= 1)
);
-- the district's list and the city-wide list filtered by status
CREATE INDEX ix_trainee_post_district ON trainee_post (district_id, status);
CREATE INDEX ix_trainee_post_status ON trainee_post (status, period_start);

-- A person on a post. placement_id links a former VFU student to the placement they did (the funnel counts through
-- it); a candidate from outside VFU has none. consent_notify: the student agreed that the district of their VFU is
-- told when they apply to another district's post.
CREATE TABLE candidate (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    post_id BIGINT NOT NULL,
    placement_id BIGINT,
    name VARCHAR(120) NOT NULL,
    email VARCHAR(254),
    consent_notify BOOLEAN DEFAULT FALSE NOT NULL,
    status VARCHAR(16) NOT NULL,
    status_on DATE NOT NULL,
    left_reason VARCHAR(500),
    trainee_on DATE,
    hired_on DATE,
    employment_ended_on DATE,
    changed_at TIMESTAMP(6) NOT NULL,
    changed_by VARCHAR(60) NOT NULL,
    anonymised_at TIMESTAMP(6) NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT fk_candidate_post FOREIGN KEY (post_id) REFERENCES trainee_post (id),
    CONSTRAINT fk_candidate_placement FOREIGN KEY (placement_id) REFERENCES placement (id)
);
CREATE INDEX ix_candidate_post ON candidate (post_id, status);
CREATE INDEX ix_candidate_placement ON candidate (placement_id);
-- one candidacy per former student and post
CREATE UNIQUE INDEX ux_candidate_post_placement ON candidate (post_id, placement_id);

-- Every step of a candidate: written once, never changed (like placement_event).
CREATE TABLE candidate_step (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    candidate_id BIGINT NOT NULL,
    status VARCHAR(16) NOT NULL,
    step_on DATE NOT NULL,
    reason VARCHAR(500),
    changed_at TIMESTAMP(6) NOT NULL,
    changed_by VARCHAR(60) NOT NULL,
    CONSTRAINT fk_candidate_step_candidate FOREIGN KEY (candidate_id) REFERENCES candidate (id)
);
CREATE INDEX ix_candidate_step_candidate ON candidate_step (candidate_id, changed_at);

CREATE TABLE trainee_post_aud (
    id BIGINT NOT NULL,
    rev BIGINT NOT NULL,
    revtype TINYINT,
    district_id BIGINT,
    unit_id BIGINT,
    area_id BIGINT,
    period_start DATE,
    period_end DATE,
    posts INT,
    status VARCHAR(16),
    changed_at TIMESTAMP(6) NULL,
    changed_by VARCHAR(60),
    CONSTRAINT pk_trainee_post_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_trainee_post_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);
CREATE TABLE candidate_aud (
    id BIGINT NOT NULL,
    rev BIGINT NOT NULL,
    revtype TINYINT,
    post_id BIGINT,
    placement_id BIGINT,
    name VARCHAR(120),
    email VARCHAR(254),
    consent_notify BOOLEAN,
    status VARCHAR(16),
    status_on DATE,
    left_reason VARCHAR(500),
    trainee_on DATE,
    hired_on DATE,
    employment_ended_on DATE,
    changed_at TIMESTAMP(6) NULL,
    changed_by VARCHAR(60),
    anonymised_at TIMESTAMP(6) NULL,
    CONSTRAINT pk_candidate_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_candidate_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);

-- Staff turnover (personalrörlighet) per year and staff group, for a district or (scope_key 'CITY') the whole city
-- as reported; without a city row the city's figures are the districts' sum. scope_key is the district's id as text
-- or 'CITY', so that one unique index covers both (a NULL district would not be unique in MySQL).
CREATE TABLE staff_turnover (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    scope_key VARCHAR(16) NOT NULL,
    district_id BIGINT,
    report_year INT NOT NULL,
    staff_group VARCHAR(24) NOT NULL,
    permanent_staff INT NOT NULL,
    left_count INT NOT NULL,
    moved_in_city INT NOT NULL,
    changed_at TIMESTAMP(6) NOT NULL,
    changed_by VARCHAR(60) NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT fk_staff_turnover_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT ck_staff_turnover_counts CHECK (permanent_staff >= 1 AND left_count >= 0 AND moved_in_city >= 0
        AND left_count <= permanent_staff AND moved_in_city <= left_count)
);
CREATE UNIQUE INDEX ux_staff_turnover ON staff_turnover (scope_key, report_year, staff_group);
CREATE INDEX ix_staff_turnover_year ON staff_turnover (report_year);

ALTER TABLE retention_run ADD COLUMN candidates INT DEFAULT 0 NOT NULL;

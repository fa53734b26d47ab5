-- Support during the placement (issue 12): each placement's three-way meeting (student, supervisor, university
-- teacher) and the concerns the university or the district raise on it; observation visits (auskultation) that
-- districts offer and universities book their term-two students on, the seats counted on the visit and checked by
-- the database like place_offer.taken. Portable SQL: H2 2.2, MySQL 8 and MariaDB 10.11.
-- meeting_at is DATETIME: a local Stockholm time that is agreed, not an instant (and MySQL's TIMESTAMP ends in 2038).

CREATE TABLE placement_meeting (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    placement_id BIGINT NOT NULL,
    teacher_name VARCHAR(120) NOT NULL,
    meeting_at DATETIME(6) NOT NULL,
    place VARCHAR(300) NOT NULL,
    held BOOLEAN DEFAULT FALSE NOT NULL,
    changed_at TIMESTAMP(6) NOT NULL,
    changed_by VARCHAR(60) NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT fk_placement_meeting_placement FOREIGN KEY (placement_id) REFERENCES placement (id),
    CONSTRAINT uq_placement_meeting_placement UNIQUE (placement_id)
);

CREATE TABLE placement_concern (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    placement_id BIGINT NOT NULL,
    text VARCHAR(500) NOT NULL,
    status VARCHAR(16) NOT NULL,
    raised_by VARCHAR(60) NOT NULL,
    raised_by_role VARCHAR(16) NOT NULL,
    raised_at TIMESTAMP(6) NOT NULL,
    handled_by VARCHAR(60),
    handled_at TIMESTAMP(6) NULL,
    anonymised_at TIMESTAMP(6) NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT fk_placement_concern_placement FOREIGN KEY (placement_id) REFERENCES placement (id)
);
CREATE INDEX ix_placement_concern_placement ON placement_concern (placement_id, status);

CREATE TABLE observation_visit (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    term_id BIGINT NOT NULL,
    district_id BIGINT NOT NULL,
    unit_id BIGINT NOT NULL,
    visit_date DATE NOT NULL,
    seats INT NOT NULL,
    booked INT DEFAULT 0 NOT NULL,
    note VARCHAR(500),
    created_at TIMESTAMP(6) NOT NULL,
    created_by VARCHAR(60) NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT fk_observation_visit_term FOREIGN KEY (term_id) REFERENCES term (id),
    CONSTRAINT fk_observation_visit_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_observation_visit_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT ck_observation_visit_seats CHECK (seats > 0 AND booked >= 0 AND booked <= seats)
);
CREATE INDEX ix_observation_visit_term ON observation_visit (term_id, district_id, visit_date);

CREATE TABLE observation_booking (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    visit_id BIGINT NOT NULL,
    university_id BIGINT NOT NULL,
    student_name VARCHAR(120),
    student_email VARCHAR(200),
    student_ref VARCHAR(60),
    booked_at TIMESTAMP(6) NOT NULL,
    booked_by VARCHAR(60) NOT NULL,
    anonymised_at TIMESTAMP(6) NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT fk_observation_booking_visit FOREIGN KEY (visit_id) REFERENCES observation_visit (id),
    CONSTRAINT fk_observation_booking_university FOREIGN KEY (university_id) REFERENCES university (id)
);
CREATE INDEX ix_observation_booking_visit ON observation_booking (visit_id);
CREATE INDEX ix_observation_booking_university ON observation_booking (university_id, visit_id);

CREATE TABLE placement_meeting_aud (
    id BIGINT NOT NULL,
    rev BIGINT NOT NULL,
    revtype TINYINT,
    placement_id BIGINT,
    teacher_name VARCHAR(120),
    meeting_at DATETIME(6) NULL,
    place VARCHAR(300),
    held BOOLEAN,
    changed_at TIMESTAMP(6) NULL,
    changed_by VARCHAR(60),
    CONSTRAINT pk_placement_meeting_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_placement_meeting_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);

CREATE TABLE placement_concern_aud (
    id BIGINT NOT NULL,
    rev BIGINT NOT NULL,
    revtype TINYINT,
    placement_id BIGINT,
    text VARCHAR(500),
    status VARCHAR(16),
    raised_by VARCHAR(60),
    raised_by_role VARCHAR(16),
    raised_at TIMESTAMP(6) NULL,
    handled_by VARCHAR(60),
    handled_at TIMESTAMP(6) NULL,
    CONSTRAINT pk_placement_concern_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_placement_concern_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);

CREATE TABLE observation_visit_aud (
    id BIGINT NOT NULL,
    rev BIGINT NOT NULL,
    revtype TINYINT,
    term_id BIGINT,
    district_id BIGINT,
    unit_id BIGINT,
    visit_date DATE,
    seats INT,
    booked INT,
    note VARCHAR(500),
    created_at TIMESTAMP(6) NULL,
    created_by VARCHAR(60),
    CONSTRAINT pk_observation_visit_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_observation_visit_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);

CREATE TABLE observation_booking_aud (
    id BIGINT NOT NULL,
    rev BIGINT NOT NULL,
    revtype TINYINT,
    visit_id BIGINT,
    university_id BIGINT,
    student_name VARCHAR(120),
    student_email VARCHAR(200),
    student_ref VARCHAR(60),
    booked_at TIMESTAMP(6) NULL,
    booked_by VARCHAR(60),
    CONSTRAINT pk_observation_booking_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_observation_booking_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);

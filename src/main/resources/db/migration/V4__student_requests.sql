-- Student requests in full: home university when mediated, ranked preferences, languages, extra support,
-- exclusions, free text, withdrawal and who changed a request (and whether after the deadline).
-- Portable SQL: one column per ALTER TABLE, so it runs on H2, MySQL 8 and MariaDB 10.11 alike.

-- the name of another Swedish university when this one mediates the request; NULL: the student is our own
ALTER TABLE student_request ADD COLUMN home_university VARCHAR(120);
-- TRUE: the student has no preference; FALSE: at least one ranked area or district below
ALTER TABLE student_request ADD COLUMN no_preference BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE student_request ADD COLUMN area_pref_1_id BIGINT;
ALTER TABLE student_request ADD COLUMN area_pref_2_id BIGINT;
ALTER TABLE student_request ADD COLUMN area_pref_3_id BIGINT;
ALTER TABLE student_request ADD COLUMN district_pref_1_id BIGINT;
ALTER TABLE student_request ADD COLUMN district_pref_2_id BIGINT;
ALTER TABLE student_request ADD COLUMN district_pref_3_id BIGINT;
-- ISO 639-1 codes separated by commas, like place_offer.languages
ALTER TABLE student_request ADD COLUMN languages VARCHAR(200) DEFAULT 'sv' NOT NULL;
-- visible only to the central contact and the student's university, never to districts
ALTER TABLE student_request ADD COLUMN extra_support BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE student_request ADD COLUMN extra_support_note VARCHAR(2000);
ALTER TABLE student_request ADD COLUMN notes VARCHAR(2000);
ALTER TABLE student_request ADD COLUMN withdrawal_reason VARCHAR(500);
ALTER TABLE student_request ADD COLUMN withdrawn_at TIMESTAMP(6);
ALTER TABLE student_request ADD COLUMN changed_at TIMESTAMP(6);
ALTER TABLE student_request ADD COLUMN changed_by VARCHAR(60);
-- the last change the central contact made after the request deadline
ALTER TABLE student_request ADD COLUMN late_change_at TIMESTAMP(6);
ALTER TABLE student_request ADD COLUMN late_change_by VARCHAR(60);

ALTER TABLE student_request ADD CONSTRAINT fk_request_area_1 FOREIGN KEY (area_pref_1_id) REFERENCES area_of_work (id);
ALTER TABLE student_request ADD CONSTRAINT fk_request_area_2 FOREIGN KEY (area_pref_2_id) REFERENCES area_of_work (id);
ALTER TABLE student_request ADD CONSTRAINT fk_request_area_3 FOREIGN KEY (area_pref_3_id) REFERENCES area_of_work (id);
ALTER TABLE student_request ADD CONSTRAINT fk_request_district_1 FOREIGN KEY (district_pref_1_id) REFERENCES district (id);
ALTER TABLE student_request ADD CONSTRAINT fk_request_district_2 FOREIGN KEY (district_pref_2_id) REFERENCES district (id);
ALTER TABLE student_request ADD CONSTRAINT fk_request_district_3 FOREIGN KEY (district_pref_3_id) REFERENCES district (id);

-- districts where the student has worked or been a client: never to be placed there
CREATE TABLE student_request_exclusion (
    request_id BIGINT NOT NULL,
    district_id BIGINT NOT NULL,
    CONSTRAINT pk_request_exclusion PRIMARY KEY (request_id, district_id),
    CONSTRAINT fk_exclusion_request FOREIGN KEY (request_id) REFERENCES student_request (id),
    CONSTRAINT fk_exclusion_district FOREIGN KEY (district_id) REFERENCES district (id)
);
CREATE INDEX ix_exclusion_district ON student_request_exclusion (district_id);

-- the central contact's city-wide list filters by term and status, and sorts by name by default
CREATE INDEX ix_request_term_status ON student_request (term_id, status, student_name);

-- What a district contact reports: units that can be deactivated but keep their history, supervisors with
-- their supervisor training and its history, and place offers that can be withdrawn with a reason and that
-- record edits made after the reporting deadline. Portable SQL: H2 2.2, MySQL 8 and MariaDB 10.11
-- (one column per ALTER TABLE, which all three read the same way).

ALTER TABLE unit ADD COLUMN deactivated_at TIMESTAMP(6);
ALTER TABLE unit ADD COLUMN deactivated_by VARCHAR(60);
-- the district's unit list filters on district and active (the unique key leads with district_id only)
CREATE INDEX ix_unit_district_active ON unit (district_id, active, name);

ALTER TABLE supervisor ADD COLUMN training_course VARCHAR(200);
ALTER TABLE supervisor ADD COLUMN training_university_id BIGINT;
ALTER TABLE supervisor ADD COLUMN training_start DATE;
ALTER TABLE supervisor ADD COLUMN training_completed DATE;
ALTER TABLE supervisor ADD CONSTRAINT fk_supervisor_training_university
    FOREIGN KEY (training_university_id) REFERENCES university (id);
-- supervisors are scoped through their unit; lists filter on unit, active and training status
CREATE INDEX ix_supervisor_unit_active ON supervisor (unit_id, active, training_status);

-- Every change of a supervisor's training status, oldest first: who changed it to what, and when.
CREATE TABLE supervisor_training_change (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    supervisor_id BIGINT NOT NULL,
    training_status VARCHAR(16) NOT NULL,
    course VARCHAR(200),
    university_id BIGINT,
    start_date DATE,
    completed_date DATE,
    changed_at TIMESTAMP(6) NOT NULL,
    changed_by VARCHAR(60) NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT fk_training_change_supervisor FOREIGN KEY (supervisor_id) REFERENCES supervisor (id),
    CONSTRAINT fk_training_change_university FOREIGN KEY (university_id) REFERENCES university (id)
);
CREATE INDEX ix_training_change_supervisor ON supervisor_training_change (supervisor_id, changed_at);

ALTER TABLE place_offer ADD COLUMN withdrawn_reason VARCHAR(500);
ALTER TABLE place_offer ADD COLUMN withdrawn_at TIMESTAMP(6);
ALTER TABLE place_offer ADD COLUMN withdrawn_by VARCHAR(60);
ALTER TABLE place_offer ADD COLUMN changed_after_deadline BOOLEAN DEFAULT FALSE NOT NULL;
-- lists filter places by district and area within a term
CREATE INDEX ix_place_district_term ON place_offer (district_id, term_id, area_id);

-- Every change of a place offer: created, changed or withdrawn, by whom, when, and whether the term's
-- reporting deadline had passed (then only the central contact may change it).
CREATE TABLE place_offer_change (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    place_offer_id BIGINT NOT NULL,
    action VARCHAR(16) NOT NULL,
    places INT NOT NULL,
    supervisor_id BIGINT,
    reason VARCHAR(500),
    after_deadline BOOLEAN DEFAULT FALSE NOT NULL,
    changed_at TIMESTAMP(6) NOT NULL,
    changed_by VARCHAR(60) NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT fk_place_change_offer FOREIGN KEY (place_offer_id) REFERENCES place_offer (id),
    CONSTRAINT fk_place_change_supervisor FOREIGN KEY (supervisor_id) REFERENCES supervisor (id)
);
CREATE INDEX ix_place_change_offer ON place_offer_change (place_offer_id, changed_at);

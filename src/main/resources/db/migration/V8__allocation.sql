-- Allocation runs and the placements they propose (issue 4).

-- How many students a place offer holds in placements that are still alive (proposed, offered, confirmed,
-- started, completed). The CHECK is the database's own guarantee that no place ever goes over capacity, and
-- the offer's version column makes two people taking its last seat at the same moment conflict.
ALTER TABLE place_offer ADD COLUMN taken INT DEFAULT 0 NOT NULL;
ALTER TABLE place_offer ADD CONSTRAINT ck_place_offer_capacity CHECK (taken >= 0 AND taken <= places);

-- One run of the engine for a term: the input snapshot and seed (enough to replay it), the result, who ran it.
CREATE TABLE allocation_run (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    term_id BIGINT NOT NULL,
    seed BIGINT NOT NULL,
    run_by VARCHAR(60) NOT NULL,
    run_at TIMESTAMP(6) NOT NULL,
    elapsed_ms BIGINT NOT NULL,
    request_count INT NOT NULL,
    capacity INT NOT NULL,
    ceiling INT NOT NULL,
    placed_count INT NOT NULL,
    profile VARCHAR(200) NOT NULL,
    problem_json LONGTEXT NOT NULL,
    result_json LONGTEXT NOT NULL,
    published_at TIMESTAMP(6) NULL,
    published_by VARCHAR(60),
    version BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT fk_run_term FOREIGN KEY (term_id) REFERENCES term (id)
);
CREATE INDEX ix_run_term ON allocation_run (term_id, run_at);

-- A student on a place. district_id and university_id are copied from the offer and the request so that every
-- scoped list filters on an indexed column of this table. live_request_id equals request_id while the placement
-- is alive and is NULL afterwards: the unique index lets a student hold at most one live placement (NULLs repeat).
CREATE TABLE placement (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    term_id BIGINT NOT NULL,
    request_id BIGINT NOT NULL,
    live_request_id BIGINT,
    place_offer_id BIGINT NOT NULL,
    district_id BIGINT NOT NULL,
    university_id BIGINT NOT NULL,
    run_id BIGINT,
    achieved_rank INT NOT NULL,
    status VARCHAR(16) NOT NULL,
    locked BOOLEAN DEFAULT FALSE NOT NULL,
    moved_by_hand BOOLEAN DEFAULT FALSE NOT NULL,
    supervisor_id BIGINT,
    reason VARCHAR(500),
    ended_on DATE,
    changed_at TIMESTAMP(6) NOT NULL,
    changed_by VARCHAR(60) NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT fk_placement_term FOREIGN KEY (term_id) REFERENCES term (id),
    CONSTRAINT fk_placement_request FOREIGN KEY (request_id) REFERENCES student_request (id),
    CONSTRAINT fk_placement_offer FOREIGN KEY (place_offer_id) REFERENCES place_offer (id),
    CONSTRAINT fk_placement_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_placement_university FOREIGN KEY (university_id) REFERENCES university (id),
    CONSTRAINT fk_placement_run FOREIGN KEY (run_id) REFERENCES allocation_run (id),
    CONSTRAINT fk_placement_supervisor FOREIGN KEY (supervisor_id) REFERENCES supervisor (id),
    CONSTRAINT uq_placement_live_request UNIQUE (live_request_id)
);
CREATE INDEX ix_placement_term_status ON placement (term_id, status);
CREATE INDEX ix_placement_district ON placement (district_id, term_id, status);
CREATE INDEX ix_placement_university ON placement (university_id, term_id, status);
CREATE INDEX ix_placement_offer ON placement (place_offer_id, status);
CREATE INDEX ix_placement_supervisor ON placement (supervisor_id, status);

-- Every status change of a placement, for the lifecycle's history.
CREATE TABLE placement_event (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    placement_id BIGINT NOT NULL,
    status VARCHAR(16) NOT NULL,
    place_offer_id BIGINT NOT NULL,
    reason VARCHAR(500),
    changed_at TIMESTAMP(6) NOT NULL,
    changed_by VARCHAR(60) NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT fk_placement_event_placement FOREIGN KEY (placement_id) REFERENCES placement (id)
);
CREATE INDEX ix_placement_event ON placement_event (placement_id, changed_at);

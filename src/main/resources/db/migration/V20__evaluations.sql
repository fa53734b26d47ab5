-- Evaluations after the placement (issue 12): when a placement is completed its student and its supervisor each get
-- a personal link to a short evaluation. The link's token is random (256 bits) and stored only as its SHA-256 hash,
-- bound to one placement and one respondent; it works once and expires. A reminder before expiry carries a second
-- link (also only hashed) to the same invitation. Answers keep the groups the results are counted by (term,
-- district, unit, area of work, university) as they were when the placement ended, so results never move later.
-- Not audited (Envers): an invitation and an answer are each written once by the system or the respondent, never
-- edited; retention (evaluation.EvaluationRetention) deletes invitations and clears answers' free text and their
-- link to the placement. Portable SQL: H2 2.2, MySQL 8 and MariaDB 10.11.
CREATE TABLE evaluation_invitation (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    placement_id BIGINT NOT NULL,
    respondent VARCHAR(16) NOT NULL,
    token_hash CHAR(64) NOT NULL,
    reminder_token_hash CHAR(64),
    created_at TIMESTAMP(6) NOT NULL,
    expires_at TIMESTAMP(6) NOT NULL,
    reminded_at TIMESTAMP(6),
    answered_at TIMESTAMP(6),
    version BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT fk_evaluation_invitation_placement FOREIGN KEY (placement_id) REFERENCES placement (id),
    CONSTRAINT uq_evaluation_invitation UNIQUE (placement_id, respondent),
    CONSTRAINT uq_evaluation_token UNIQUE (token_hash),
    CONSTRAINT uq_evaluation_reminder_token UNIQUE (reminder_token_hash)
);
-- the reminder job: open invitations by expiry
CREATE INDEX ix_evaluation_invitation_expiry ON evaluation_invitation (answered_at, reminded_at, expires_at);
CREATE INDEX ix_evaluation_invitation_created ON evaluation_invitation (created_at);

CREATE TABLE evaluation_answer (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    placement_id BIGINT,
    respondent VARCHAR(16) NOT NULL,
    term_id BIGINT NOT NULL,
    district_id BIGINT NOT NULL,
    unit_id BIGINT NOT NULL,
    area_id BIGINT NOT NULL,
    university_id BIGINT NOT NULL,
    q1 INT NOT NULL,
    q2 INT NOT NULL,
    q3 INT NOT NULL,
    q4 INT NOT NULL,
    free_text VARCHAR(2000),
    answered_at TIMESTAMP(6) NOT NULL,
    anonymised_at TIMESTAMP(6),
    version BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT fk_evaluation_answer_placement FOREIGN KEY (placement_id) REFERENCES placement (id),
    CONSTRAINT fk_evaluation_answer_term FOREIGN KEY (term_id) REFERENCES term (id),
    CONSTRAINT fk_evaluation_answer_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_evaluation_answer_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_evaluation_answer_area FOREIGN KEY (area_id) REFERENCES area_of_work (id),
    CONSTRAINT fk_evaluation_answer_university FOREIGN KEY (university_id) REFERENCES university (id),
    CONSTRAINT ck_evaluation_answer_scale CHECK (q1 BETWEEN 1 AND 5 AND q2 BETWEEN 1 AND 5 AND q3 BETWEEN 1 AND 5
        AND q4 BETWEEN 1 AND 5)
);
-- results are counted per respondent and term, then by district, unit, area or university
CREATE INDEX ix_evaluation_answer_district ON evaluation_answer (respondent, district_id, term_id);
CREATE INDEX ix_evaluation_answer_university ON evaluation_answer (respondent, university_id, term_id);
CREATE INDEX ix_evaluation_answer_answered ON evaluation_answer (answered_at);

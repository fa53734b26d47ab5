-- Each university's report back to the city on supervisor training, per term (letter of intent).
CREATE TABLE training_report (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    term_id BIGINT NOT NULL,
    university_id BIGINT NOT NULL,
    staff_offered INT DEFAULT 0 NOT NULL,
    staff_not_given_place INT DEFAULT 0 NOT NULL,
    evaluation_summary VARCHAR(4000),
    updated_at TIMESTAMP(6) NOT NULL,
    updated_by VARCHAR(60) NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT uq_training_report UNIQUE (term_id, university_id),
    CONSTRAINT fk_training_report_term FOREIGN KEY (term_id) REFERENCES term (id),
    CONSTRAINT fk_training_report_university FOREIGN KEY (university_id) REFERENCES university (id),
    CONSTRAINT ck_training_report_counts CHECK (staff_offered >= 0 AND staff_not_given_place >= 0)
);

CREATE TABLE training_course (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    report_id BIGINT NOT NULL,
    position INT NOT NULL,
    name VARCHAR(200) NOT NULL,
    start_date DATE NOT NULL,
    end_date DATE NOT NULL,
    seats INT NOT NULL,
    CONSTRAINT fk_training_course_report FOREIGN KEY (report_id) REFERENCES training_report (id),
    CONSTRAINT ck_training_course_seats CHECK (seats >= 0)
);
CREATE INDEX ix_training_course_report ON training_course (report_id);

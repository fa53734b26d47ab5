-- Students' direct inquiries to districts, forwarded to a university (the letter of intent's duty).
CREATE TABLE inquiry (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    district_id BIGINT NOT NULL,
    student_name VARCHAR(120) NOT NULL,
    student_email VARCHAR(254) NOT NULL,
    home_university VARCHAR(120),
    message VARCHAR(2000) NOT NULL,
    received_on DATE NOT NULL,
    university_id BIGINT NOT NULL,
    forwarded_at TIMESTAMP(6) NOT NULL,
    forwarded_by VARCHAR(60) NOT NULL,
    status VARCHAR(24) NOT NULL,
    acknowledged_at TIMESTAMP(6) NULL,
    closed_at TIMESTAMP(6) NULL,
    closed_by VARCHAR(60),
    decline_reason VARCHAR(500),
    request_id BIGINT,
    version BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT fk_inquiry_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_inquiry_university FOREIGN KEY (university_id) REFERENCES university (id),
    CONSTRAINT fk_inquiry_request FOREIGN KEY (request_id) REFERENCES student_request (id)
);
-- the district's list and the university's inbox
CREATE INDEX ix_inquiry_district ON inquiry (district_id, status);
CREATE INDEX ix_inquiry_university ON inquiry (university_id, status);

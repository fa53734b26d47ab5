-- The central contact's network (issue 12): network meetings, the introduction day of a term and the yearly
-- workshop, their invitees (districts and universities) and attendance; shared documents with their versions.
-- None of these tables holds a student's personal data: the introduction day's list of students is computed from the
-- term's placements when it is read. network_event_student_mail keeps only which student requests were sent the
-- introduction day's invitation, so that a placement change mails just the students it concerns; it goes with the
-- request (ON DELETE CASCADE), so retention and erasure of requests are not blocked.
-- Portable SQL: H2 2.2, MySQL 8 and MariaDB 10.11.

CREATE TABLE network_document (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    title VARCHAR(200) NOT NULL,
    description VARCHAR(2000),
    created_at TIMESTAMP(6) NOT NULL,
    created_by VARCHAR(60) NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL
);
CREATE INDEX ix_network_document_title ON network_document (title);

-- who a document is shared with besides the central contact: a district's contacts or a university's coordinators
CREATE TABLE network_document_share (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    document_id BIGINT NOT NULL,
    district_id BIGINT,
    university_id BIGINT,
    CONSTRAINT fk_network_document_share_document FOREIGN KEY (document_id) REFERENCES network_document (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_network_document_share_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_network_document_share_university FOREIGN KEY (university_id) REFERENCES university (id)
);
CREATE INDEX ix_network_document_share_district ON network_document_share (district_id, document_id);
CREATE INDEX ix_network_document_share_university ON network_document_share (university_id, document_id);

-- each upload is a version; the file itself is stored outside the web root under storage_name (random), never
-- under the name the user gave it
CREATE TABLE network_document_version (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    document_id BIGINT NOT NULL,
    number INTEGER NOT NULL,
    file_name VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes BIGINT NOT NULL,
    storage_name VARCHAR(64) NOT NULL,
    sha256 VARCHAR(64) NOT NULL,
    uploaded_at TIMESTAMP(6) NOT NULL,
    uploaded_by VARCHAR(60) NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT fk_network_document_version_document FOREIGN KEY (document_id) REFERENCES network_document (id)
        ON DELETE CASCADE,
    CONSTRAINT uq_network_document_version UNIQUE (document_id, number),
    CONSTRAINT uq_network_document_version_storage UNIQUE (storage_name)
);

CREATE TABLE network_event (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind VARCHAR(24) NOT NULL,
    title VARCHAR(200) NOT NULL,
    -- DATETIME, not TIMESTAMP: MariaDB's TIMESTAMP ends in 2038 and events are planned ahead (stored as UTC,
    -- hibernate.jdbc.time_zone)
    starts_at DATETIME(6) NOT NULL,
    ends_at DATETIME(6) NOT NULL,
    place VARCHAR(300),
    link VARCHAR(500),
    agenda VARCHAR(4000),
    term_id BIGINT,
    minutes_document_id BIGINT,
    invitations_sent_at TIMESTAMP(6) NULL,
    changed_at TIMESTAMP(6) NOT NULL,
    changed_by VARCHAR(60) NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT fk_network_event_term FOREIGN KEY (term_id) REFERENCES term (id),
    CONSTRAINT fk_network_event_minutes FOREIGN KEY (minutes_document_id) REFERENCES network_document (id)
);
-- the lists are by date; the introduction day is found by its term
CREATE INDEX ix_network_event_start ON network_event (starts_at);
CREATE INDEX ix_network_event_term ON network_event (term_id, kind);

-- an invited district or university, and whether it attended (null until recorded)
CREATE TABLE network_event_invitee (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    event_id BIGINT NOT NULL,
    district_id BIGINT,
    university_id BIGINT,
    attendance VARCHAR(12),
    CONSTRAINT fk_network_event_invitee_event FOREIGN KEY (event_id) REFERENCES network_event (id) ON DELETE CASCADE,
    CONSTRAINT fk_network_event_invitee_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_network_event_invitee_university FOREIGN KEY (university_id) REFERENCES university (id)
);
CREATE INDEX ix_network_event_invitee_district ON network_event_invitee (district_id, event_id);
CREATE INDEX ix_network_event_invitee_university ON network_event_invitee (university_id, event_id);
CREATE INDEX ix_network_event_invitee_event ON network_event_invitee (event_id);

CREATE TABLE network_event_student_mail (
    event_id BIGINT NOT NULL,
    request_id BIGINT NOT NULL,
    PRIMARY KEY (event_id, request_id),
    CONSTRAINT fk_network_event_student_mail_event FOREIGN KEY (event_id) REFERENCES network_event (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_network_event_student_mail_request FOREIGN KEY (request_id) REFERENCES student_request (id)
        ON DELETE CASCADE
);

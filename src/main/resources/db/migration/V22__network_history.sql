-- Change history (Envers) of the network (issue 12): events with their invitees (attendance is recorded on them),
-- documents with their versions and shares. Shaped like the other history tables (V10, V19): the key, the revision,
-- the revision type and every audited column, nullable; never the @Version column. A deleted record's last values
-- are kept in its DEL row (store_data_at_delete), so a deleted event or document can still be read in the history.
-- Portable SQL: H2 2.2, MySQL 8 and MariaDB 10.11.

CREATE TABLE network_event_aud (
    id BIGINT NOT NULL,
    rev BIGINT NOT NULL,
    revtype TINYINT,
    kind VARCHAR(24),
    title VARCHAR(200),
    starts_at DATETIME(6) NULL,
    ends_at DATETIME(6) NULL,
    place VARCHAR(300),
    link VARCHAR(500),
    agenda VARCHAR(4000),
    term_id BIGINT,
    minutes_document_id BIGINT,
    invitations_sent_at TIMESTAMP(6) NULL,
    changed_at TIMESTAMP(6) NULL,
    changed_by VARCHAR(60),
    CONSTRAINT pk_network_event_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_network_event_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);

CREATE TABLE network_event_invitee_aud (
    id BIGINT NOT NULL,
    rev BIGINT NOT NULL,
    revtype TINYINT,
    event_id BIGINT,
    district_id BIGINT,
    university_id BIGINT,
    attendance VARCHAR(12),
    CONSTRAINT pk_network_event_invitee_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_network_event_invitee_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);

CREATE TABLE network_document_aud (
    id BIGINT NOT NULL,
    rev BIGINT NOT NULL,
    revtype TINYINT,
    title VARCHAR(200),
    description VARCHAR(2000),
    created_at TIMESTAMP(6) NULL,
    created_by VARCHAR(60),
    CONSTRAINT pk_network_document_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_network_document_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);

CREATE TABLE network_document_version_aud (
    id BIGINT NOT NULL,
    rev BIGINT NOT NULL,
    revtype TINYINT,
    document_id BIGINT,
    number INTEGER,
    file_name VARCHAR(200),
    content_type VARCHAR(100),
    size_bytes BIGINT,
    storage_name VARCHAR(64),
    sha256 VARCHAR(64),
    uploaded_at TIMESTAMP(6) NULL,
    uploaded_by VARCHAR(60),
    CONSTRAINT pk_network_document_version_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_network_document_version_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);

CREATE TABLE network_document_share_aud (
    id BIGINT NOT NULL,
    rev BIGINT NOT NULL,
    revtype TINYINT,
    document_id BIGINT,
    district_id BIGINT,
    university_id BIGINT,
    CONSTRAINT pk_network_document_share_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_network_document_share_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);

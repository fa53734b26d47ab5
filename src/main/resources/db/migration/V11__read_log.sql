-- The read log (issue 8): who looked at which student's request or placement, when, and through which page, API
-- call or export. One row per student shown. Students are pointed to by internal id only (request_id always, the
-- placement too when a placement was shown), never by reference or name, so anonymising a student later leaves this
-- table as it is. No foreign keys: the log outlives what it points to and must never stop a record being removed.
-- The portal's own database user may only SELECT and INSERT here (config.DatabaseGrants gives the grants on
-- MySQL/MariaDB when the migration user is a separate one); ids are never reused, so a gap shows a removed row.
-- Portable SQL: H2 2.2, MySQL 8 and MariaDB 10.11.
CREATE TABLE read_log (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    read_at TIMESTAMP(6) NOT NULL,
    username VARCHAR(60) NOT NULL,
    request_id BIGINT NOT NULL,
    placement_id BIGINT,
    channel VARCHAR(10) NOT NULL,
    operation VARCHAR(200) NOT NULL
);
-- the administrator's search: by student, by user, newest first
CREATE INDEX ix_read_log_request ON read_log (request_id, read_at);
CREATE INDEX ix_read_log_user ON read_log (username, read_at);
CREATE INDEX ix_read_log_time ON read_log (read_at);

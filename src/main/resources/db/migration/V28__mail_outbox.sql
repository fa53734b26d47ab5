-- Notification mail waiting to be sent (issue 13: a stopped server loses nothing that was confirmed). A mail is
-- written here in the same transaction as the change it announces, so it exists exactly when the change was
-- committed; the portal sends it after the commit and, for what is left (relay down, server stopped before it
-- sent), every 30 seconds (notification.MailOutboxJob). A row is deleted once its mail has gone, or after its last
-- try: it names staff (the address) and often a student (subject and body), and is kept no longer than needed.
-- One row per recipient. recipient_id is the internal id the log may name (a user's id, an evaluation invitation's).
-- A sender claims a row by moving its version and setting claimed_until (a lease: a node that died while sending
-- leaves the row to be claimed again once the lease has passed).
-- DATETIME(6), stored as UTC: MariaDB's TIMESTAMP ends in 2038. Portable SQL: H2 2.2, MySQL 8 and MariaDB 10.11.
CREATE TABLE mail_outbox (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    notice_key VARCHAR(100) NOT NULL,
    recipient_id BIGINT NOT NULL,
    to_address VARCHAR(320) NOT NULL,
    subject VARCHAR(1000) NOT NULL,
    body LONGTEXT NOT NULL,
    attachment_name VARCHAR(200),
    attachment_type VARCHAR(200),
    attachment LONGTEXT,
    created_at DATETIME(6) NOT NULL,
    next_attempt_at DATETIME(6) NOT NULL,
    attempts INT DEFAULT 0 NOT NULL,
    claimed_until DATETIME(6) NULL,
    version BIGINT DEFAULT 0 NOT NULL
);
-- what is due, oldest first
CREATE INDEX ix_mail_outbox_due ON mail_outbox (next_attempt_at, id);

-- In-app notifications, one row per recipient. Subject and body are resource-bundle keys with their
-- MessageFormat arguments (a JSON array of strings), so each reader sees them in their own language.
CREATE TABLE notification (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient VARCHAR(60) NOT NULL,
    subject_key VARCHAR(100) NOT NULL,
    body_key VARCHAR(100) NOT NULL,
    arguments VARCHAR(4000) NOT NULL,
    link VARCHAR(500),
    created_at TIMESTAMP(6) NOT NULL,
    read_at TIMESTAMP(6) NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT fk_notification_recipient FOREIGN KEY (recipient) REFERENCES app_user (username)
);
-- a user's list, newest first, and the unread count in the page header
CREATE INDEX ix_notification_recipient ON notification (recipient, created_at);
CREATE INDEX ix_notification_unread ON notification (recipient, read_at);

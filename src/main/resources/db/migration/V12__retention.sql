-- Retention (issue 8): records whose students have been anonymised say when, so the nightly job skips them; each run
-- of the job is kept with what it did (counts only, no personal data). Portable SQL: H2 2.2, MySQL 8, MariaDB 10.11.
ALTER TABLE student_request ADD COLUMN anonymised_at TIMESTAMP(6) NULL;
ALTER TABLE placement ADD COLUMN anonymised_at TIMESTAMP(6) NULL;
ALTER TABLE inquiry ADD COLUMN anonymised_at TIMESTAMP(6) NULL;

CREATE TABLE retention_run (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    ran_at TIMESTAMP(6) NOT NULL,
    run_by VARCHAR(60) NOT NULL,
    run_trigger VARCHAR(16) NOT NULL,
    -- data older than these dates (Stockholm) was anonymised or deleted
    requests_before DATE NOT NULL,
    placements_before DATE NOT NULL,
    inquiries_before DATE NOT NULL,
    notifications_before DATE NOT NULL,
    requests INT NOT NULL,
    placements INT NOT NULL,
    inquiries INT NOT NULL,
    notifications INT NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL
);
CREATE INDEX ix_retention_run_time ON retention_run (ran_at);

-- The read log for inquiries (issue 8): an inquiry names a student before any request of theirs exists, so a read of
-- one is logged by the inquiry's internal id. An entry points to a request (and maybe a placement), or to an inquiry
-- (and its request once it became one): request_id may now be empty. No foreign key, as for the other ids.
-- The one statement that differs between the databases is the change of nullability: ${alter_column} is
-- "ALTER COLUMN" on H2 and "MODIFY" on MySQL/MariaDB (config.DatabaseMigration sets it).
ALTER TABLE read_log ADD COLUMN inquiry_id BIGINT;
ALTER TABLE read_log ${alter_column} request_id BIGINT NULL;
CREATE INDEX ix_read_log_inquiry ON read_log (inquiry_id, read_at);

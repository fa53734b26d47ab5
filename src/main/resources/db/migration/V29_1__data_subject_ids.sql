-- The data-subject export finds a student's records by id or exact reference, never by name (two students may share
-- one). Portable SQL: H2 2.2 (MODE=MySQL), MySQL 8, MariaDB 10.11.
--
-- A notification about one student (a placement confirmed, declined or cancelled; a former student applying for a
-- trainee post) carries the student's request id, set as it is created. No foreign key, as for the read log's ids:
-- a notice is a record of what was said and outlives nothing it points to. Notices created before this migration
-- have none and are not found by the export (they are deleted by retention after their limit, one year by default).
ALTER TABLE notification ADD COLUMN request_id BIGINT;
CREATE INDEX ix_notification_request ON notification (request_id);

-- A candidacy of a former VFU student keeps the student's reference at their university (the placement's), so the
-- export finds it after retention has anonymised the request; the candidacy's own retention clears it.
ALTER TABLE candidate ADD COLUMN student_ref VARCHAR(40);
ALTER TABLE candidate_aud ADD COLUMN student_ref VARCHAR(40);
UPDATE candidate SET student_ref = (SELECT r.student_ref FROM placement p JOIN student_request r ON r.id = p.request_id
                                    WHERE p.id = candidate.placement_id AND r.anonymised_at IS NULL)
WHERE placement_id IS NOT NULL AND anonymised_at IS NULL;
CREATE INDEX ix_candidate_student_ref ON candidate (student_ref);

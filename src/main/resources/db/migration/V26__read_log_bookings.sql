-- The read log for observation-visit bookings (issue 8): a booking names a term-two student (a name, an e-mail
-- address or the university's reference) but belongs to no request, so a read of one is logged by the booking's
-- internal id, as an inquiry's is by the inquiry's (V24). Never by the student's name or reference: the log must
-- need no rewrite when the retention job anonymises the booking. No foreign key, as for the other ids (a cancelled
-- booking is deleted; its log entries stay).
ALTER TABLE read_log ADD COLUMN booking_id BIGINT;
CREATE INDEX ix_read_log_booking ON read_log (booking_id, read_at);

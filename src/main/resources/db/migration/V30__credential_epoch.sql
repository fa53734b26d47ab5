-- A user's credential epoch: a counter that moves whenever what the user signed in with stops holding: an
-- administrator's password reset, a disabling, a change of role, district or university, and the user's own password
-- change. A session records it at sign-in (security.SignedIn) and ends once the user's row has another
-- (security.SessionGuard), so a session the change ended is not revived by a later one (a new password, enabling the
-- account again, the old role back). Internal: not in the users' change history (the change that moved it is).
-- Portable SQL: H2 2.2, MySQL 8 and MariaDB 10.11.
ALTER TABLE app_user ADD COLUMN credential_epoch INT DEFAULT 0 NOT NULL;

-- Issue 8, hole 9: a password an administrator set (a new user, a reset) must be changed by its user at the next
-- sign-in. Existing users keep signing in as before.
ALTER TABLE app_user ADD COLUMN password_change_required BOOLEAN DEFAULT FALSE NOT NULL;
-- The users' change history (V10) holds the same column: an administrator's reset is a change worth seeing there.
ALTER TABLE app_user_aud ADD COLUMN password_change_required BOOLEAN;

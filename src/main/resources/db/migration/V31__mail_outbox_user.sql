-- The portal user a queued mail is to (a notification), null for mail to someone without an account (a student, an
-- evaluation's respondent): recipient_id alone does not say, as it holds an evaluation invitation's id too. A user
-- moved to another role, district or university loses their queued mails with their notifications (all about the
-- old scope, notification.MovedRecipients), and a disabled user's are not sent (notification.MailOutbox). Mail
-- queued before this migration has none and goes as before. Portable SQL: H2 2.2, MySQL 8 and MariaDB 10.11.
ALTER TABLE mail_outbox ADD COLUMN user_id BIGINT NULL;
CREATE INDEX ix_mail_outbox_user ON mail_outbox (user_id);

-- A deactivated unit can be taken into use again. Who deactivated it and when stays (deactivated_at/_by, the last
-- deactivation); who reactivated it and when is kept beside it. Portable SQL: H2 2.2, MySQL 8 and MariaDB 10.11.
ALTER TABLE unit ADD COLUMN reactivated_at TIMESTAMP(6);
ALTER TABLE unit ADD COLUMN reactivated_by VARCHAR(60);

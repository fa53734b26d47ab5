-- The portal's foundation. Portable SQL: runs on H2 (embedded default), MySQL 8 and MariaDB 10.11.
-- Every mutable table has a version column for optimistic locking.

CREATE TABLE university (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(10) NOT NULL,
    name_sv VARCHAR(120) NOT NULL,
    name_en VARCHAR(120) NOT NULL,
    active BOOLEAN DEFAULT TRUE NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT uq_university_code UNIQUE (code)
);

CREATE TABLE district (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(10) NOT NULL,
    name VARCHAR(120) NOT NULL,
    active BOOLEAN DEFAULT TRUE NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT uq_district_code UNIQUE (code)
);

CREATE TABLE area_of_work (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(10) NOT NULL,
    name_sv VARCHAR(120) NOT NULL,
    name_en VARCHAR(120) NOT NULL,
    active BOOLEAN DEFAULT TRUE NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT uq_area_code UNIQUE (code)
);

CREATE TABLE term (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(6) NOT NULL,
    season VARCHAR(2) NOT NULL,
    term_year INT NOT NULL,
    vfu_start DATE NOT NULL,
    vfu_end DATE NOT NULL,
    target_places INT DEFAULT 100 NOT NULL,
    reporting_deadline DATE NOT NULL,
    request_deadline DATE NOT NULL,
    status VARCHAR(16) NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT uq_term_code UNIQUE (code),
    CONSTRAINT ck_term_target CHECK (target_places >= 0),
    CONSTRAINT ck_term_period CHECK (vfu_end > vfu_start)
);

CREATE TABLE app_user (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    username VARCHAR(60) NOT NULL,
    display_name VARCHAR(120) NOT NULL,
    email VARCHAR(254) NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    role VARCHAR(16) NOT NULL,
    district_id BIGINT,
    university_id BIGINT,
    enabled BOOLEAN DEFAULT TRUE NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT uq_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_app_user_university FOREIGN KEY (university_id) REFERENCES university (id),
    -- the access model rests on this: a district contact has a district, a coordinator a university
    CONSTRAINT ck_app_user_scope CHECK (
        (role = 'DISTRICT' AND district_id IS NOT NULL AND university_id IS NULL)
        OR (role = 'UNIVERSITY' AND university_id IS NOT NULL AND district_id IS NULL)
        OR (role IN ('CENTRAL', 'ADMIN') AND district_id IS NULL AND university_id IS NULL))
);

CREATE TABLE unit (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    district_id BIGINT NOT NULL,
    area_id BIGINT NOT NULL,
    name VARCHAR(120) NOT NULL,
    contact_name VARCHAR(120),
    contact_email VARCHAR(254),
    active BOOLEAN DEFAULT TRUE NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT uq_unit_district_name UNIQUE (district_id, name),
    CONSTRAINT fk_unit_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_unit_area FOREIGN KEY (area_id) REFERENCES area_of_work (id)
);

CREATE TABLE supervisor (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id BIGINT NOT NULL,
    name VARCHAR(120) NOT NULL,
    email VARCHAR(254) NOT NULL,
    title VARCHAR(120),
    max_students INT DEFAULT 1 NOT NULL,
    training_status VARCHAR(16) NOT NULL,
    active BOOLEAN DEFAULT TRUE NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT fk_supervisor_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT ck_supervisor_max CHECK (max_students >= 1)
);

CREATE TABLE place_offer (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    term_id BIGINT NOT NULL,
    district_id BIGINT NOT NULL,
    unit_id BIGINT NOT NULL,
    area_id BIGINT NOT NULL,
    places INT NOT NULL,
    languages VARCHAR(200) NOT NULL,
    notes VARCHAR(2000),
    supervisor_id BIGINT,
    status VARCHAR(16) NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT fk_place_term FOREIGN KEY (term_id) REFERENCES term (id),
    CONSTRAINT fk_place_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_place_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_place_area FOREIGN KEY (area_id) REFERENCES area_of_work (id),
    CONSTRAINT fk_place_supervisor FOREIGN KEY (supervisor_id) REFERENCES supervisor (id),
    CONSTRAINT ck_place_places CHECK (places BETWEEN 1 AND 50)
);
-- every district-scoped list and the term overview filter on these
CREATE INDEX ix_place_term_district ON place_offer (term_id, district_id, status);

CREATE TABLE student_request (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    term_id BIGINT NOT NULL,
    university_id BIGINT NOT NULL,
    student_ref VARCHAR(40) NOT NULL,
    student_name VARCHAR(120) NOT NULL,
    student_email VARCHAR(254) NOT NULL,
    status VARCHAR(16) NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    -- importing the same student twice for a term updates instead of duplicating
    CONSTRAINT uq_request_student UNIQUE (term_id, university_id, student_ref),
    CONSTRAINT fk_request_term FOREIGN KEY (term_id) REFERENCES term (id),
    CONSTRAINT fk_request_university FOREIGN KEY (university_id) REFERENCES university (id)
);
CREATE INDEX ix_request_university ON student_request (university_id, term_id, status);

-- Personal API tokens (issue 13): an API client signs in with "Authorization: Bearer vfu_<43 characters>" instead of
-- HTTP Basic with a password, which costs a bcrypt verification (cost 12, ~200 ms of CPU) on every call. A token is
-- 256 random bits, shown once when it is made and stored only as its SHA-256 hash (hex); it acts as its user, with
-- the user's current role and scope, until it is revoked, expires or its user is disabled.
-- Audited (Envers) like other records, except the hash and the time of last use (written by every call).
-- Portable SQL: H2 2.2, MySQL 8 and MariaDB 10.11.
CREATE TABLE api_token (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id BIGINT NOT NULL,
    name VARCHAR(80) NOT NULL,
    token_hash CHAR(64) NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    expires_at TIMESTAMP(6) NULL,
    last_used_at TIMESTAMP(6) NULL,
    revoked_at TIMESTAMP(6) NULL,
    revoked_by VARCHAR(60),
    version BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash)
);
-- a user's own list
CREATE INDEX ix_api_token_user ON api_token (user_id, created_at);

CREATE TABLE api_token_aud (
    id BIGINT NOT NULL,
    rev BIGINT NOT NULL,
    revtype TINYINT,
    user_id BIGINT,
    name VARCHAR(80),
    created_at TIMESTAMP(6) NULL,
    expires_at TIMESTAMP(6) NULL,
    revoked_at TIMESTAMP(6) NULL,
    revoked_by VARCHAR(60),
    CONSTRAINT pk_api_token_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_api_token_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);

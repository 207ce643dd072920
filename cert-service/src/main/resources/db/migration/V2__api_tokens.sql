-- Bearer tokens of the API. Only a SHA-256 hash of each token is stored: tokens are 256-bit random
-- values, so a fast hash is enough to make a stolen table useless.
CREATE TABLE api_token (
    id          UUID PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    role        VARCHAR(16)  NOT NULL CHECK (role IN ('admin', 'viewer', 'gateway', 'notifier')),
    token_hash  VARCHAR(64)  NOT NULL UNIQUE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE
);

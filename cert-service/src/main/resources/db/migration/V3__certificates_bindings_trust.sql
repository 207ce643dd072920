-- Private keys, sealed under a data key wrapped by the master key (see KeyVault). The public key's
-- SHA-256 (over its SubjectPublicKeyInfo) lets a signed certificate find its pending key.
CREATE TABLE private_key (
    id                 UUID PRIMARY KEY,
    public_key_sha256  VARCHAR(64)  NOT NULL UNIQUE,
    algorithm          VARCHAR(16)  NOT NULL,
    master_key_id      VARCHAR(16)  NOT NULL,
    wrapped_key        BYTEA        NOT NULL,
    ciphertext         BYTEA        NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Every X.509 certificate once, by SHA-256 fingerprint. Chains link each certificate to its issuer.
CREATE TABLE certificate (
    id                    UUID PRIMARY KEY,
    seq                   BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
    kind                  VARCHAR(8)   NOT NULL CHECK (kind IN ('SERVER', 'CLIENT', 'CA')),
    name                  VARCHAR(200),
    subject               TEXT         NOT NULL,
    issuer                TEXT         NOT NULL,
    serial                VARCHAR(128) NOT NULL,
    not_before            TIMESTAMP WITH TIME ZONE NOT NULL,
    not_after             TIMESTAMP WITH TIME ZONE NOT NULL,
    sha256                VARCHAR(64)  NOT NULL UNIQUE,
    public_key_sha256     VARCHAR(64)  NOT NULL,
    search_text           TEXT         NOT NULL,
    der                   BYTEA        NOT NULL,
    issuer_certificate_id UUID REFERENCES certificate (id) ON DELETE SET NULL,
    private_key_id        UUID REFERENCES private_key (id),
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX certificate_not_after ON certificate (not_after);
CREATE INDEX certificate_public_key ON certificate (public_key_sha256);
CREATE INDEX certificate_subject ON certificate (subject);

-- Which certificate serves (component, address, server name). '' is "no server name" (the default).
CREATE TABLE binding (
    id              UUID PRIMARY KEY,
    component       VARCHAR(8)   NOT NULL CHECK (component IN ('FTP', 'HTTPS')),
    address         VARCHAR(45)  NOT NULL,
    server_name     VARCHAR(253) NOT NULL DEFAULT '',
    certificate_id  UUID         NOT NULL REFERENCES certificate (id),
    forced          BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (component, address, server_name)
);
CREATE INDEX binding_certificate ON binding (certificate_id);

-- CAs whose client certificates a component accepts.
CREATE TABLE trusted_ca (
    component       VARCHAR(8) NOT NULL CHECK (component IN ('FTP', 'HTTPS')),
    certificate_id  UUID       NOT NULL REFERENCES certificate (id),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (component, certificate_id)
);

-- Certificate signing requests waiting for their signed certificate.
CREATE TABLE csr (
    id              UUID PRIMARY KEY,
    seq             BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
    subject         TEXT         NOT NULL,
    pem             TEXT         NOT NULL,
    private_key_id  UUID         NOT NULL REFERENCES private_key (id),
    certificate_id  UUID REFERENCES certificate (id),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at    TIMESTAMP WITH TIME ZONE
);

-- Who changed what, when and from where.
CREATE TABLE audit_event (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    action      VARCHAR(64)  NOT NULL,
    target      VARCHAR(200),
    detail      TEXT,
    remote      VARCHAR(64)
);

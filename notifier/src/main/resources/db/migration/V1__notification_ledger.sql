-- What the notifier has sent, so that a notification goes out once per occasion even across restarts.
CREATE TABLE notification_ledger (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dedup_key       VARCHAR(512) NOT NULL UNIQUE,
    reason          VARCHAR(64)  NOT NULL,
    subject         VARCHAR(512) NOT NULL,
    recipients      TEXT         NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Notifications: what the platform told people, each person's inbox, and the e-mail still to be sent.

-- One row per delivered event. The text stays a message key with its arguments, rendered in each reader's language
-- when read. event_key identifies the event (a hash of its type and content): the event publication registry may
-- hand an event over again after a crash, and a second delivery must find it here and stop.
CREATE TABLE notification (
    id                BIGSERIAL PRIMARY KEY,
    event_key         CHAR(64) NOT NULL,
    event_type        VARCHAR(300) NOT NULL,
    message_key       VARCHAR(200) NOT NULL,
    message_arguments JSONB NOT NULL,
    detail            TEXT,
    link              VARCHAR(500),
    actor_account_id  BIGINT,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT notification_event_once UNIQUE (event_key)
);

-- One row per recipient. account_id is identity's account, by id: no foreign key into another module's tables.
CREATE TABLE inbox_item (
    id              BIGSERIAL PRIMARY KEY,
    notification_id BIGINT NOT NULL REFERENCES notification (id),
    account_id      BIGINT NOT NULL,
    read_at         TIMESTAMPTZ,
    CONSTRAINT inbox_item_once_per_account UNIQUE (notification_id, account_id)
);
CREATE INDEX inbox_item_newest_first ON inbox_item (account_id, id DESC);
CREATE INDEX inbox_item_unread ON inbox_item (account_id) WHERE read_at IS NULL;

-- E-mail written in the delivering transaction and sent afterwards by a scheduled sender, so that a slow or absent
-- SMTP server never holds up or loses a notification. Senders on several instances claim rows with
-- FOR UPDATE SKIP LOCKED; a failed send is retried later, up to a limit, and then left as FAILED with its error.
CREATE TABLE mail_outbox (
    id              BIGSERIAL PRIMARY KEY,
    notification_id BIGINT NOT NULL REFERENCES notification (id),
    account_id      BIGINT NOT NULL,
    recipient       VARCHAR(320) NOT NULL,
    subject         VARCHAR(500) NOT NULL,
    body            TEXT NOT NULL,
    status          VARCHAR(10) NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts        INT NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_error      VARCHAR(1000),
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    sent_at         TIMESTAMPTZ,
    CONSTRAINT mail_outbox_once_per_account UNIQUE (notification_id, account_id)
);
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE status = 'PENDING';

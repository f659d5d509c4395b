-- Một Cửa Desk schema v1: office settings, users, catalog, calendar, dossiers, audit-chained events, outbox.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL              -- JSON
);

CREATE TABLE users (
    id              INTEGER PRIMARY KEY,
    username        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    full_name       TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('clerk', 'handler', 'leader', 'admin')),
    password_hash   TEXT NOT NULL,
    active          INTEGER NOT NULL DEFAULT 1,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT,
    created_at      TEXT NOT NULL
);

CREATE TABLE procedures (
    code        TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    name_folded TEXT NOT NULL,
    field       TEXT NOT NULL,
    data        TEXT NOT NULL,       -- JSON of the whole Procedure
    active      INTEGER NOT NULL DEFAULT 1,
    updated_at  TEXT NOT NULL
);

CREATE TABLE calendar_days (
    day  TEXT PRIMARY KEY,           -- YYYY-MM-DD
    kind TEXT NOT NULL CHECK (kind IN ('off', 'work')),
    note TEXT NOT NULL DEFAULT ''
);

-- Daily dossier-code sequence of each desk (codes are never reused).
CREATE TABLE code_sequences (
    day      TEXT NOT NULL,
    desk     INTEGER NOT NULL,
    last_seq INTEGER NOT NULL,
    PRIMARY KEY (day, desk)
) WITHOUT ROWID;

-- Tracking-book numbering: continuous from 1 each year, one volume (quyển) per desk.
CREATE TABLE book_counters (
    year        INTEGER NOT NULL,
    desk        INTEGER NOT NULL,
    last_number INTEGER NOT NULL,
    PRIMARY KEY (year, desk)
) WITHOUT ROWID;

CREATE TABLE dossiers (
    id               INTEGER PRIMARY KEY,
    code             TEXT NOT NULL UNIQUE,
    uid              TEXT NOT NULL UNIQUE,
    procedure_code   TEXT NOT NULL,
    procedure_name   TEXT NOT NULL,
    field            TEXT NOT NULL,
    applicant_name   TEXT NOT NULL,
    name_folded      TEXT NOT NULL,
    citizen_id       TEXT NOT NULL DEFAULT '',
    phone            TEXT NOT NULL DEFAULT '',
    applicant        TEXT NOT NULL,  -- JSON of the whole Applicant
    channel          TEXT NOT NULL CHECK (channel IN ('direct', 'online', 'postal')),
    return_method    TEXT NOT NULL,
    received_at      TEXT NOT NULL,  -- local ISO date-time
    received_day     TEXT NOT NULL,  -- YYYY-MM-DD
    counted_from     TEXT,
    due_date         TEXT,           -- current appointment (apology included)
    base_due_date    TEXT,           -- moved only by a supplement restarting the clock
    apology_due_date TEXT,
    status           TEXT NOT NULL,
    result_at        TEXT,
    returned_at      TEXT,
    resolution       TEXT,
    documents        TEXT NOT NULL DEFAULT '[]',
    sets             INTEGER NOT NULL DEFAULT 1,
    fee              INTEGER NOT NULL DEFAULT 0,
    fee_paid         INTEGER NOT NULL DEFAULT 0,
    book_year        INTEGER,
    book_number      INTEGER,
    desk             TEXT NOT NULL,
    holder           TEXT NOT NULL DEFAULT '',
    agency           TEXT NOT NULL DEFAULT '',
    satisfaction     TEXT,
    digitized        INTEGER NOT NULL DEFAULT 0,
    note             TEXT NOT NULL DEFAULT '',
    updated_at       TEXT NOT NULL
);
CREATE INDEX dossiers_name ON dossiers (name_folded);
CREATE INDEX dossiers_citizen_id ON dossiers (citizen_id) WHERE citizen_id <> '';
CREATE INDEX dossiers_phone ON dossiers (phone) WHERE phone <> '';
CREATE INDEX dossiers_status_due ON dossiers (status, due_date);
CREATE INDEX dossiers_received_day ON dossiers (received_day);
CREATE INDEX dossiers_result_at ON dossiers (result_at);
CREATE INDEX dossiers_procedure ON dossiers (procedure_code, received_day);

-- The append-only history and audit trail: each event carries the hash of the previous one.
CREATE TABLE events (
    seq       INTEGER PRIMARY KEY,
    uid       TEXT NOT NULL UNIQUE,
    dossier_id INTEGER NOT NULL REFERENCES dossiers (id),
    type      TEXT NOT NULL,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    desk      TEXT NOT NULL,
    note      TEXT NOT NULL DEFAULT '',
    data      TEXT NOT NULL DEFAULT '{}',
    origin    TEXT NOT NULL DEFAULT 'local',  -- local | upstream
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE INDEX events_dossier ON events (dossier_id, seq);

CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN
    SELECT RAISE(ABORT, 'events are append-only');
END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN
    SELECT RAISE(ABORT, 'events are append-only');
END;

-- Every locally recorded event waits here to be sent upstream (same transaction as the event).
CREATE TABLE outbox (
    event_seq  INTEGER PRIMARY KEY REFERENCES events (seq),
    state      TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'sent', 'failed')),
    attempts   INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    sent_at    TEXT
);
CREATE INDEX outbox_state ON outbox (state, event_seq);

CREATE TABLE attachments (
    dossier_id INTEGER NOT NULL REFERENCES dossiers (id),
    sha256     TEXT NOT NULL,
    name       TEXT NOT NULL,
    size       INTEGER NOT NULL,
    mime       TEXT NOT NULL DEFAULT '',
    added_at   TEXT NOT NULL,
    added_by   TEXT NOT NULL,
    PRIMARY KEY (dossier_id, sha256)
);

-- Half-done reception flows, so nothing typed is lost on a crash.
CREATE TABLE drafts (
    username   TEXT PRIMARY KEY,
    data       TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Rasad's event store, shared by SQLite and PostgreSQL: portable types only (TEXT, INTEGER, BIGINT,
-- DOUBLE PRECISION, BOOLEAN). Dates are ISO 'YYYY-MM-DD' text (sorts and compares correctly in both),
-- instants are Unix milliseconds. Placeholders: ${identity} (an auto-numbered primary key) and
-- ${binary} (a collation that orders text by code point, so that both databases list events in the
-- same order as `rasad events`).

-- One row per stored article. content_hash (SHA-256 of id, text and metadata) makes re-ingest a no-op.
CREATE TABLE articles (
    doc_id          TEXT ${binary} PRIMARY KEY,
    content_hash    TEXT NOT NULL UNIQUE,
    source          TEXT,
    url             TEXT,
    title           TEXT,
    published       TEXT,               -- from metadata, or null
    reference_date  TEXT,               -- the date extraction resolved against (metadata, else dateline)
    body            TEXT NOT NULL,      -- the article text exactly as read
    extract_error   TEXT,               -- extraction's one-line error, or null
    event_count     INTEGER NOT NULL,
    run_id          TEXT NOT NULL,
    ingested_at     BIGINT NOT NULL
);
CREATE INDEX articles_source ON articles (source);
CREATE INDEX articles_reference_date ON articles (reference_date);

-- The events each article reports, as `rasad extract` prints them (body: the Event as JSON).
CREATE TABLE document_events (
    doc_id          TEXT ${binary} NOT NULL REFERENCES articles (doc_id),
    event_index     INTEGER NOT NULL,
    event_type      TEXT,
    sub_event_type  TEXT,
    event_date      TEXT,
    country         TEXT,
    admin1          TEXT,
    fatalities      INTEGER,
    body            TEXT NOT NULL,
    PRIMARY KEY (doc_id, event_index)
);

-- Consolidated incidents: derived from document_events, rewritten in the same transaction as the
-- articles that change them. body is the ConsolidatedEvent as JSON; fingerprint its SHA-256, so a
-- changed consolidation (new code, interrupted run) is detected and repaired by the next ingest.
CREATE TABLE events (
    event_id          TEXT ${binary} PRIMARY KEY,
    event_date        TEXT ${binary},
    year              INTEGER,
    time_precision    INTEGER,
    event_type        TEXT,
    sub_event_type    TEXT,
    actor1            TEXT,
    actor2            TEXT,
    country           TEXT,
    admin1            TEXT,
    location          TEXT,
    latitude          DOUBLE PRECISION,
    longitude         DOUBLE PRECISION,
    geo_precision     INTEGER,
    fatalities        INTEGER,
    fatalities_low    INTEGER,
    fatalities_high   INTEGER,
    disputed          BOOLEAN NOT NULL,
    report_count      INTEGER NOT NULL,
    first_doc         TEXT ${binary} NOT NULL,   -- earliest mention: the tie-break of the event order
    first_event_index INTEGER NOT NULL,
    body              TEXT NOT NULL,
    fingerprint       TEXT NOT NULL,
    updated_at        BIGINT NOT NULL
);
CREATE INDEX events_order ON events (event_date, first_doc, first_event_index);
CREATE INDEX events_country ON events (country, admin1);
CREATE INDEX events_type ON events (event_type);
CREATE INDEX events_place ON events (latitude, longitude);

-- Which per-document events each incident merges (the contract's "mentions").
CREATE TABLE event_mentions (
    event_id    TEXT ${binary} NOT NULL REFERENCES events (event_id),
    doc_id      TEXT ${binary} NOT NULL,
    event_index INTEGER NOT NULL,
    PRIMARY KEY (doc_id, event_index)
);
CREATE INDEX event_mentions_event ON event_mentions (event_id);

-- Every casualty claim of every incident, with who made it.
CREATE TABLE claims (
    event_id       TEXT ${binary} NOT NULL REFERENCES events (event_id),
    claim_no       INTEGER NOT NULL,
    doc_id         TEXT NOT NULL,
    event_index    INTEGER NOT NULL,
    source         TEXT,
    kind           TEXT NOT NULL,
    value          BIGINT,
    vague          TEXT,
    qualifier      TEXT,
    actor          TEXT,
    is_update      BOOLEAN NOT NULL,
    evidence_start INTEGER,
    evidence_end   INTEGER,
    evidence_text  TEXT,
    PRIMARY KEY (event_id, claim_no)
);
CREATE INDEX claims_doc ON claims (doc_id);

-- Ingest runs and the per-article outcome of each. A run without finished_at was interrupted.
CREATE TABLE ingest_runs (
    run_id      TEXT PRIMARY KEY,
    started_at  BIGINT NOT NULL,
    finished_at BIGINT,
    inputs      TEXT,
    stored      INTEGER NOT NULL DEFAULT 0,
    duplicates  INTEGER NOT NULL DEFAULT 0,
    failed      INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE ingest_log (
    run_id       TEXT NOT NULL REFERENCES ingest_runs (run_id),
    seq          INTEGER NOT NULL,
    doc_id       TEXT NOT NULL,
    content_hash TEXT,
    status       TEXT NOT NULL CHECK (status IN ('stored', 'duplicate', 'failed')),
    error        TEXT,
    event_count  INTEGER,
    logged_at    BIGINT NOT NULL,
    PRIMARY KEY (run_id, seq)
);
CREATE INDEX ingest_log_doc ON ingest_log (doc_id);
CREATE INDEX ingest_log_status ON ingest_log (status);

-- One row; every ingest transaction increments generation only if it still has the value that
-- writer last saw, so two concurrent ingests cannot interleave their consolidations unnoticed.
CREATE TABLE store_state (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    generation BIGINT NOT NULL
);
INSERT INTO store_state (id, generation) VALUES (1, 0);

-- Analyst review, an append-only audit trail. An action names its incident by one of its mentions
-- (anchor_doc, anchor_event_index), not by event_id: ids are derived from the earliest mention and
-- may change when a new report joins, but "the incident containing this report" survives
-- re-consolidation. event_id records the id at the time, for the trail.
--   correct: field := new_value (old_value as it was);  confirm: the analyst checked the event;
--   merge: the incident of (other_doc, other_event_index) is the same incident;
--   split: the anchor report is a separate incident;  revert: undoes action reverts_action_id.
CREATE TABLE review_actions (
    action_id          ${identity},
    action             TEXT NOT NULL CHECK (action IN ('correct', 'confirm', 'merge', 'split', 'revert')),
    anchor_doc         TEXT NOT NULL,
    anchor_event_index INTEGER NOT NULL,
    event_id           TEXT,
    field              TEXT,
    old_value          TEXT,
    new_value          TEXT,
    other_doc          TEXT,
    other_event_index  INTEGER,
    reverts_action_id  BIGINT,
    analyst            TEXT NOT NULL,
    note               TEXT,
    created_at         BIGINT NOT NULL
);
CREATE INDEX review_actions_anchor ON review_actions (anchor_doc, anchor_event_index);

-- veracity schema, version 1. Every row carries the run_id that wrote it; verdicts are append-only.

CREATE TABLE IF NOT EXISTS runs (
    id          VARCHAR PRIMARY KEY,   -- Prefect flow run id when run in a flow, else a uuid
    flow        VARCHAR NOT NULL,      -- verify-article, nightly, ...
    started_at  TIMESTAMPTZ NOT NULL,
    finished_at TIMESTAMPTZ,
    status      VARCHAR NOT NULL,      -- running | completed | failed
    parameters  JSON,
    counts      JSON                   -- claims, sources, failed sources, evidence, verdicts by kind
);

CREATE TABLE IF NOT EXISTS articles (
    id           VARCHAR PRIMARY KEY,  -- sha256 of the normalised text, 16 hex digits
    url          VARCHAR,
    path         VARCHAR,
    title        VARCHAR,
    language     VARCHAR,
    published_at VARCHAR,
    text         VARCHAR NOT NULL,
    run_id       VARCHAR NOT NULL       -- the run that first stored it
);

CREATE TABLE IF NOT EXISTS claims (
    id            VARCHAR PRIMARY KEY,  -- stable hash of article, sentence offset and claim text
    article_id    VARCHAR NOT NULL,
    position      INTEGER NOT NULL,
    sentence      VARCHAR NOT NULL,
    span_start    INTEGER NOT NULL,     -- the sentence is articles.text[span_start:span_end]
    span_end      INTEGER NOT NULL,
    text          VARCHAR NOT NULL,
    language      VARCHAR NOT NULL,
    checkworthy   BOOLEAN NOT NULL,
    reason_if_not VARCHAR,
    quantities    JSON,
    entities      JSON,
    run_id        VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS sources (
    run_id        VARCHAR NOT NULL,
    id            VARCHAR NOT NULL,     -- hash of the URL
    url           VARCHAR NOT NULL,
    provider      VARCHAR,              -- explicit | article-link | feed | sitemap | ...
    final_url     VARCHAR,
    domain        VARCHAR,
    fetched_at    VARCHAR,
    http_status   INTEGER,
    etag          VARCHAR,
    last_modified VARCHAR,
    content_hash  VARCHAR,
    title         VARCHAR,
    published_at  VARCHAR,
    language      VARCHAR,
    text          VARCHAR,              -- the extracted main text the pipeline judged
    error         VARCHAR,              -- reason slug when the source failed: robots-disallowed, timeout, ...
    error_message VARCHAR,
    PRIMARY KEY (run_id, id)
);

CREATE TABLE IF NOT EXISTS evidence (
    run_id        VARCHAR NOT NULL,
    claim_id      VARCHAR NOT NULL,
    source_id     VARCHAR NOT NULL,
    url           VARCHAR NOT NULL,
    sentence      VARCHAR NOT NULL,     -- the source sentence, verbatim
    span_start    INTEGER,              -- offsets in sources.text
    span_end      INTEGER,
    score         DOUBLE NOT NULL,      -- combined relevance 0-100
    lexical       DOUBLE NOT NULL,
    entities      DOUBLE NOT NULL,
    numbers       VARCHAR NOT NULL,     -- agree | disagree | none
    number_detail VARCHAR,              -- e.g. "26 Prozent ≈ 26%"
    negation      BOOLEAN NOT NULL,
    stance        VARCHAR NOT NULL      -- supports | contradicts | neutral
);

CREATE TABLE IF NOT EXISTS verdicts (
    run_id      VARCHAR NOT NULL,
    claim_id    VARCHAR NOT NULL,
    verdict     VARCHAR NOT NULL,       -- supported | contradicted | mixed | unverified
    confidence  DOUBLE NOT NULL,
    n_sources   INTEGER NOT NULL,
    rationale   VARCHAR NOT NULL,
    decided_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (run_id, claim_id)
);

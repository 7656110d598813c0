-- The watchlist the nightly flow re-checks, and what each verdict rested on.

CREATE TABLE IF NOT EXISTS tracked (
    id          VARCHAR PRIMARY KEY,   -- hash of the article reference
    article     VARCHAR NOT NULL,      -- file path or http(s) URL, as given to `veracity track`
    feeds       JSON,                  -- feed and sitemap URLs to refresh each night
    sources     JSON,                  -- source URLs to re-check each night
    added_at    TIMESTAMPTZ NOT NULL,
    active      BOOLEAN NOT NULL,      -- false after `veracity untrack`: history stays
    article_id  VARCHAR,               -- the articles.id of its latest run
    last_run_id VARCHAR
);

-- evidence_hash: the verdict and the sources, sentences and sides of its evidence; the nightly run
-- stores a new verdict row only when this changes.
ALTER TABLE verdicts ADD COLUMN IF NOT EXISTS evidence_hash VARCHAR;

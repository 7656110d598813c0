-- The database grows with the news, not with the nights (issue 15). Before this, every run stored a
-- whole row for every page it fetched, its text included, a 304 too. Now:
--   texts      each extracted main text once, under the hash of the text;
--   snapshots  each distinct state of a page once (URL, validators, title, ..., its text's hash): a page
--              that has not changed is one snapshot however many nights fetch it;
--   fetches    what each run got for each URL: when, the HTTP status, the snapshot, the error if it failed.
-- `sources` stays what people query: the same columns as before, now a view over the three.

CREATE TABLE IF NOT EXISTS texts (
    text_hash VARCHAR PRIMARY KEY,   -- sha256 of the text (UTF-8), 16 hex digits
    text      VARCHAR NOT NULL,      -- the extracted main text the pipeline judged
    run_id    VARCHAR NOT NULL       -- the run that first stored it
);

CREATE TABLE IF NOT EXISTS snapshots (
    id            VARCHAR PRIMARY KEY,  -- sha256 of the columns below but run_id, 16 hex digits
    url           VARCHAR NOT NULL,
    final_url     VARCHAR,
    domain        VARCHAR,
    etag          VARCHAR,
    last_modified VARCHAR,
    content_hash  VARCHAR,              -- sha256 of the page as served
    title         VARCHAR,
    published_at  VARCHAR,              -- as the page's metadata states it
    language      VARCHAR,
    text_hash     VARCHAR,              -- texts.text_hash; NULL when the page gave no text
    claim_reviews JSON,
    run_id        VARCHAR NOT NULL      -- the run that first saw it
);

CREATE TABLE IF NOT EXISTS fetches (
    run_id        VARCHAR NOT NULL,
    id            VARCHAR NOT NULL,     -- hash of the URL (sources.id)
    provider      VARCHAR,              -- explicit | article-link | feed | sitemap | ...
    fetched_at    TIMESTAMPTZ,
    http_status   INTEGER,
    snapshot      VARCHAR NOT NULL,     -- snapshots.id
    error         VARCHAR,              -- reason slug when the source failed: robots-disallowed, timeout, ...
    error_message VARCHAR,
    duplicate_of  VARCHAR,              -- a near-copy of this source of the same run (syndication)
    PRIMARY KEY (run_id, id)
);

-- The snapshot key, as checkers/store.py computes it: the columns joined by the unit separator.
CREATE TEMPORARY MACRO _snapshot_key(url, final_url, domain, etag, last_modified, content_hash, title,
                                     published_at, language, text_hash, claim_reviews) AS
    substr(sha256(concat_ws(chr(31), coalesce(url, ''), coalesce(final_url, ''), coalesce(domain, ''),
                            coalesce(etag, ''), coalesce(last_modified, ''), coalesce(content_hash, ''),
                            coalesce(title, ''), coalesce(published_at, ''), coalesce(language, ''),
                            coalesce(text_hash, ''), coalesce(claim_reviews::VARCHAR, ''))), 1, 16);

CREATE TEMPORARY TABLE _old AS
SELECT *, CASE WHEN text IS NOT NULL THEN substr(sha256(text), 1, 16) END AS text_hash FROM sources;

INSERT OR IGNORE INTO texts
SELECT text_hash, any_value(text), min(run_id) FROM _old WHERE text IS NOT NULL GROUP BY 1;

INSERT OR IGNORE INTO snapshots
SELECT _snapshot_key(url, final_url, domain, etag, last_modified, content_hash, title, published_at, language,
                     text_hash, claim_reviews) AS key,
       any_value(url), any_value(final_url), any_value(domain), any_value(etag), any_value(last_modified),
       any_value(content_hash), any_value(title), any_value(published_at), any_value(language),
       any_value(text_hash), any_value(claim_reviews), min(run_id)
FROM _old GROUP BY key;

INSERT OR IGNORE INTO fetches
SELECT run_id, id, provider, try_cast(fetched_at AS TIMESTAMPTZ), http_status,
       _snapshot_key(url, final_url, domain, etag, last_modified, content_hash, title, published_at, language,
                     text_hash, claim_reviews), error, error_message, duplicate_of
FROM _old;

DROP TABLE _old;
DROP MACRO _snapshot_key;
DROP TABLE sources;

-- sources: every page each run fetched, one row per run and URL, with its text: the columns of the
-- table of that name before texts and snapshots were stored once (text_hash added last).
CREATE OR REPLACE VIEW sources AS
SELECT f.run_id, f.id, p.url, f.provider, p.final_url, p.domain, f.fetched_at, f.http_status, p.etag,
       p.last_modified, p.content_hash, p.title, p.published_at, p.language, t.text, f.error, f.error_message,
       p.claim_reviews, f.duplicate_of, p.text_hash
FROM fetches f JOIN snapshots p ON p.id = f.snapshot LEFT JOIN texts t ON t.text_hash = p.text_hash;

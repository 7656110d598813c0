-- What each run matched, so that a nightly run skips a page only for the claims already matched
-- against its current text, and a night that checked nothing for an article shows.

-- matched: claim x page text pairs that have been compared. run_id is the run of the latest
-- comparison, and the evidence it found is evidence.(run_id, claim_id, source_id) (none: nothing
-- on that page spoke to the claim). A page whose text is unchanged reuses this for these claims;
-- a claim never compared with the text is matched against it.
CREATE TABLE IF NOT EXISTS matched (
    claim_id     VARCHAR NOT NULL,
    source_id    VARCHAR NOT NULL,
    content_hash VARCHAR NOT NULL,   -- sources.content_hash of the text compared
    run_id       VARCHAR NOT NULL,
    PRIMARY KEY (claim_id, source_id, content_hash)
);

-- run_articles: per run and article, how much was checked (see README, "Nightly verification").
CREATE TABLE IF NOT EXISTS run_articles (
    run_id               VARCHAR NOT NULL,
    article_id           VARCHAR NOT NULL,
    reference            VARCHAR,      -- the path or URL the run was given
    checkworthy          INTEGER NOT NULL,
    sources              INTEGER NOT NULL,  -- usable pages among its candidates
    sources_matched      INTEGER NOT NULL,  -- pages its claims were compared with in this run
    sources_reused       INTEGER NOT NULL,  -- unchanged pages whose earlier comparison was reused
    evidence             INTEGER NOT NULL,  -- source sentences behind its claims in this run
    claims_with_evidence INTEGER NOT NULL,
    verdicts_stored      INTEGER NOT NULL,
    PRIMARY KEY (run_id, article_id)
);

-- run_summary: one row per run with its verdict counts and source failures, the articles it
-- checked, and how many of them had no page compared at all (neither matched nor reused).
CREATE OR REPLACE VIEW run_summary AS
SELECT r.id AS run_id, r.flow, r.status, r.started_at, r.finished_at,
       date_diff('millisecond', r.started_at, r.finished_at) / 1000.0 AS seconds,
       (SELECT count(*) FROM verdicts v WHERE v.run_id = r.id) AS verdicts,
       (SELECT count(*) FROM verdicts v WHERE v.run_id = r.id AND v.verdict = 'supported') AS supported,
       (SELECT count(*) FROM verdicts v WHERE v.run_id = r.id AND v.verdict = 'contradicted') AS contradicted,
       (SELECT count(*) FROM verdicts v WHERE v.run_id = r.id AND v.verdict = 'mixed') AS mixed,
       (SELECT count(*) FROM verdicts v WHERE v.run_id = r.id AND v.verdict = 'unverified') AS unverified,
       (SELECT count(*) FROM sources s WHERE s.run_id = r.id) AS sources,
       (SELECT count(*) FROM sources s WHERE s.run_id = r.id AND s.error IS NOT NULL) AS failed_sources,
       (SELECT count(*) FROM run_articles a WHERE a.run_id = r.id) AS articles,
       (SELECT count(*) FROM run_articles a WHERE a.run_id = r.id
          AND a.checkworthy > 0 AND a.sources_matched + a.sources_reused = 0) AS articles_unchecked
FROM runs r;

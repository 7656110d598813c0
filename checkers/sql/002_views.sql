-- The views people query. Each is documented in README.md ("Querying the verdicts").

-- latest_verdicts: one row per check-worthy claim, its most recent verdict, and the strongest
-- evidence sentence of that run (a supporting or contradicting one first) with its URL.
CREATE OR REPLACE VIEW latest_verdicts AS
WITH ranked AS (
    SELECT v.*, row_number() OVER (PARTITION BY v.claim_id ORDER BY v.decided_at DESC, v.run_id DESC) AS rn
    FROM verdicts v
), best AS (
    SELECT run_id, claim_id,
           arg_max(sentence, (stance <> 'neutral')::INTEGER * 1000 + score) AS best_sentence,
           arg_max(url, (stance <> 'neutral')::INTEGER * 1000 + score) AS best_url,
           arg_max(number_detail, (stance <> 'neutral')::INTEGER * 1000 + score) AS best_numbers
    FROM evidence GROUP BY run_id, claim_id
)
SELECT c.article_id, a.title AS article_title, r.claim_id, c.position, c.text AS claim, r.verdict,
       r.confidence, r.n_sources, b.best_sentence, b.best_url, b.best_numbers, r.rationale,
       r.run_id, r.decided_at
FROM ranked r
JOIN claims c ON c.id = r.claim_id
JOIN articles a ON a.id = c.article_id
LEFT JOIN best b ON b.run_id = r.run_id AND b.claim_id = r.claim_id
WHERE r.rn = 1;

-- verdict_changes: every time a claim's verdict differs from its previous one.
CREATE OR REPLACE VIEW verdict_changes AS
WITH ordered AS (
    SELECT v.*, lag(verdict) OVER (PARTITION BY claim_id ORDER BY decided_at, run_id) AS previous_verdict,
           lag(run_id) OVER (PARTITION BY claim_id ORDER BY decided_at, run_id) AS previous_run_id
    FROM verdicts v
)
SELECT o.claim_id, c.text AS claim, o.previous_verdict, o.verdict AS new_verdict, o.confidence,
       o.previous_run_id, o.run_id, o.decided_at, o.rationale
FROM ordered o JOIN claims c ON c.id = o.claim_id
WHERE o.previous_verdict IS NOT NULL AND o.previous_verdict <> o.verdict;

-- run_summary: one row per run with its verdict counts and source failures.
CREATE OR REPLACE VIEW run_summary AS
SELECT r.id AS run_id, r.flow, r.status, r.started_at, r.finished_at,
       date_diff('millisecond', r.started_at, r.finished_at) / 1000.0 AS seconds,
       (SELECT count(*) FROM verdicts v WHERE v.run_id = r.id) AS verdicts,
       (SELECT count(*) FROM verdicts v WHERE v.run_id = r.id AND v.verdict = 'supported') AS supported,
       (SELECT count(*) FROM verdicts v WHERE v.run_id = r.id AND v.verdict = 'contradicted') AS contradicted,
       (SELECT count(*) FROM verdicts v WHERE v.run_id = r.id AND v.verdict = 'mixed') AS mixed,
       (SELECT count(*) FROM verdicts v WHERE v.run_id = r.id AND v.verdict = 'unverified') AS unverified,
       (SELECT count(*) FROM sources s WHERE s.run_id = r.id) AS sources,
       (SELECT count(*) FROM sources s WHERE s.run_id = r.id AND s.error IS NOT NULL) AS failed_sources
FROM runs r;

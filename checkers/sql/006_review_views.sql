-- Views for the morning review. Documented in README.md ("Querying the verdicts").

-- verdict_changes: every time a claim's verdict differs from its previous one, with the evidence of
-- the new verdict that moved it (its strongest supporting or contradicting sentence and URL).
CREATE OR REPLACE VIEW verdict_changes AS
WITH ordered AS (
    SELECT v.*, lag(verdict) OVER (PARTITION BY claim_id ORDER BY decided_at, run_id) AS previous_verdict,
           lag(run_id) OVER (PARTITION BY claim_id ORDER BY decided_at, run_id) AS previous_run_id
    FROM verdicts v
), moved AS (
    SELECT run_id, claim_id,
           arg_max(sentence, (stance <> 'neutral')::INTEGER * 1000 + score) AS evidence_sentence,
           arg_max(url, (stance <> 'neutral')::INTEGER * 1000 + score) AS evidence_url,
           arg_max(number_detail, (stance <> 'neutral')::INTEGER * 1000 + score) AS evidence_numbers
    FROM evidence GROUP BY run_id, claim_id
)
SELECT o.claim_id, c.article_id, c.text AS claim, o.previous_verdict, o.verdict AS new_verdict, o.confidence,
       o.previous_run_id, o.run_id, o.decided_at, m.evidence_sentence, m.evidence_url, m.evidence_numbers,
       o.rationale
FROM ordered o
JOIN claims c ON c.id = o.claim_id
LEFT JOIN moved m ON m.run_id = o.run_id AND m.claim_id = o.claim_id
WHERE o.previous_verdict IS NOT NULL AND o.previous_verdict <> o.verdict;

-- claims_needing_review: latest verdicts a person should look at, with why: sources disagree (mixed),
-- the verdict is unsure (confidence under 0.6), or it changed in its latest run.
CREATE OR REPLACE VIEW claims_needing_review AS
SELECT l.article_id, l.article_title, l.claim_id, l.claim, l.verdict, l.confidence, l.best_sentence, l.best_url,
       concat_ws('; ',
                 CASE WHEN l.verdict = 'mixed' THEN 'sources disagree' END,
                 CASE WHEN l.confidence < 0.6 THEN 'low confidence' END,
                 CASE WHEN ch.claim_id IS NOT NULL THEN 'changed from ' || ch.previous_verdict END) AS why,
       l.run_id, l.decided_at
FROM latest_verdicts l
LEFT JOIN verdict_changes ch ON ch.claim_id = l.claim_id AND ch.run_id = l.run_id
WHERE l.verdict = 'mixed' OR l.confidence < 0.6 OR ch.claim_id IS NOT NULL;

-- source_health: per domain, how fetching went across all runs: fetches, failures, the reasons and
-- when it last worked and last failed.
CREATE OR REPLACE VIEW source_health AS
SELECT domain, count(*) AS fetches,
       count(*) FILTER (WHERE error IS NOT NULL) AS failures,
       round(count(*) FILTER (WHERE error IS NOT NULL) / count(*), 3) AS failure_rate,
       string_agg(DISTINCT error, ', ') FILTER (WHERE error IS NOT NULL) AS reasons,
       max(fetched_at) FILTER (WHERE error IS NULL) AS last_success,
       max(fetched_at) FILTER (WHERE error IS NOT NULL) AS last_failure,
       arg_max(error_message, fetched_at) FILTER (WHERE error IS NOT NULL) AS last_error
FROM sources
GROUP BY domain;

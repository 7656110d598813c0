-- A nightly run spread over Prefect workers (flows/cluster.py) is cut into shards, each a set of tracked
-- articles run as a flow run of its own on any worker. A shard's row is written when it finishes: its
-- counts, per-article checks and the verdicts it stored, which the nightly run adds up. A shard whose
-- worker died has no row; its flow run is marked crashed and the shard is run again.
CREATE TABLE IF NOT EXISTS run_shards (
    run_id      VARCHAR NOT NULL,   -- the nightly run the shard belongs to (runs.id)
    shard       INTEGER NOT NULL,
    flow_run_id VARCHAR,            -- the Prefect flow run that finished it
    finished_at TIMESTAMPTZ,
    result      JSON,               -- {"counts": {...}, "articles": [...], "changed": [...]}
    PRIMARY KEY (run_id, shard)
);

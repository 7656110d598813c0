-- A source whose text is a near-copy of another source of the same run (syndication) names it here;
-- such copies count once when verdicts are decided.
ALTER TABLE sources ADD COLUMN IF NOT EXISTS duplicate_of VARCHAR;

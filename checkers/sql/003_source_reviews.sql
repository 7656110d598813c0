-- Fact-checkers' ratings found on a source page (schema.org ClaimReview) or returned by a fact-check API.
ALTER TABLE sources ADD COLUMN IF NOT EXISTS claim_reviews JSON;

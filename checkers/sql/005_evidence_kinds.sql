-- opposite: the claim and the sentence say a figure moved opposite ways ("stieg" vs "fell").
-- kind: 'sentence' (a source sentence) or 'review' (a fact-checker's ClaimReview rating of the claim).
ALTER TABLE evidence ADD COLUMN IF NOT EXISTS opposite BOOLEAN DEFAULT false;
ALTER TABLE evidence ADD COLUMN IF NOT EXISTS kind VARCHAR DEFAULT 'sentence';

"""The records that flow between stages: frozen dataclasses, named as nouns.

    Article --split_claims--> Claim (with Quantity, Entity)
    Article/Claim --discover_sources--> Candidate
    Candidate --fetch_pages--> Page --extract_page--> Source
    Claim x Source --match_claims--> Evidence --decide_verdict--> Verdict

A comparison of one claim with one page text is keyed by ``MatchKey``; a run's per-article tally is
an ``ArticleCheck``.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Article:
    id: str  # sha256 of the text, first 16 hex digits
    text: str
    language: str  # "de" or "en"
    title: str
    url: str | None = None
    path: str | None = None
    published_at: str | None = None
    links: tuple[str, ...] = ()  # outbound links, when the article came from a web page


@dataclass(frozen=True)
class Quantity:
    """A number as stated: ``über 40 Prozent`` -> value 40, low 40, high None, unit '%', bound 'over'."""

    text: str
    value: float
    unit: str  # '%', an ISO 4217 code, a normalised noun ('parameter', 'year'), 'ordinal' or ''
    bound: str = "exact"  # exact | over | under | about
    low: float | None = None  # inclusive interval the statement allows; None = unbounded
    high: float | None = None
    period: str | None = None  # day | week | month | quarter | year, when the text says


@dataclass(frozen=True)
class Entity:
    text: str
    kind: str  # country | place | person | org
    key: str  # ISO 3166 alpha-2 for countries, ISO 3166-2 or "geo:<GeoNames id>" for places, else the name


@dataclass(frozen=True)
class Claim:
    id: str
    article_id: str
    position: int  # order in the article
    sentence: str  # the sentence as written
    span: tuple[int, int]  # character offsets of the sentence in Article.text
    text: str  # the claim, self-contained
    language: str
    checkworthy: bool
    reason: str | None = None  # why not check-worthy
    quantities: tuple[Quantity, ...] = ()
    entities: tuple[Entity, ...] = ()


@dataclass(frozen=True)
class Candidate:
    url: str
    provider: str  # explicit | article-link | feed | sitemap | gdelt | mediawiki | searxng | factcheck
    note: str = ""  # e.g. the feed item's title
    reviews: tuple["ClaimReview", ...] = ()  # a fact-check API's ratings of the page at this URL


@dataclass(frozen=True)
class Page:
    """One fetch: the decoded body, or the reason there is none."""

    url: str
    provider: str
    final_url: str | None = None
    status: int | None = None
    fetched_at: str | None = None
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    body: str | None = None
    encoding: str | None = None
    error: str | None = None  # machine-readable reason slug
    error_message: str | None = None
    not_modified: bool = False  # a conditional request answered 304: the stored copy is current


@dataclass(frozen=True)
class ClaimReview:
    """A fact-checker's rating of a claim, from schema.org ClaimReview markup or a fact-check API."""

    claim_reviewed: str
    rating: str  # the reviewer's own words: "False", "Falsch", "Mostly true", ...
    reviewer: str | None = None
    url: str | None = None
    date: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class Source:
    """What the pipeline saw of one page: the main text and metadata, or the failure."""

    id: str
    url: str
    provider: str
    final_url: str | None
    domain: str
    fetched_at: str | None
    http_status: int | None
    etag: str | None
    last_modified: str | None
    content_hash: str | None
    title: str | None
    published_at: str | None
    language: str | None
    text: str | None
    links: tuple[str, ...] = ()
    error: str | None = None
    error_message: str | None = None
    claim_reviews: tuple[ClaimReview, ...] = ()

    @property
    def ok(self) -> bool:
        return self.error is None and bool(self.text)


@dataclass(frozen=True)
class Evidence:
    claim_id: str
    source_id: str
    url: str
    sentence: str
    span: tuple[int, int]  # offsets of the sentence in Source.text
    score: float  # combined relevance 0-100
    lexical: float  # 0-100
    entities: float  # 0-100 share of the claim's entities the sentence names
    numbers: str  # agree | disagree | none
    number_detail: str  # e.g. "26 % = 26 %" or "über 40 % vs about 25 %"
    negation: bool  # exactly one side is negated
    stance: str  # supports | contradicts | neutral
    opposite: bool = False  # the two sides say the figure moved opposite ways ("stieg" vs "fell")
    kind: str = "sentence"  # sentence | review (a fact-checker's ClaimReview rating)


@dataclass(frozen=True)
class Verdict:
    claim_id: str
    verdict: str  # supported | contradicted | mixed | unverified
    confidence: float  # 0-1
    n_sources: int
    rationale: str
    evidence: tuple[Evidence, ...] = field(default=(), compare=False)


MatchKey = tuple[str, str, str]
"""(claim id, source id, content hash): one claim compared with one text of one page."""


@dataclass(frozen=True)
class ArticleCheck:
    """How much one run checked of one article: what makes a night that checked nothing visible."""

    article_id: str
    reference: str  # the path or URL the run was given
    checkworthy: int
    sources: int  # usable pages among its candidates
    sources_matched: int  # pages its claims were compared with in this run
    sources_reused: int  # unchanged pages whose earlier comparison was reused
    evidence: int  # source sentences behind its claims in this run
    claims_with_evidence: int
    verdicts_stored: int


VERDICTS = ("supported", "contradicted", "mixed", "unverified")

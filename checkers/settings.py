"""All settings of veracity with their documented defaults, grouped by prefix.

Override order (last wins): these defaults, a TOML file (``veracity.toml`` in the working directory,
or ``VERACITY_CONFIG``), then ``VERACITY_<NAME>`` environment variables. TOML keys are the lower-case
names below (``fetch_timeout = 5``); lists are TOML arrays or comma-separated in the environment.
"""

from __future__ import annotations

import dataclasses
import math
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from checkers.errors import ConfigError

# The search providers checkers/providers.py has (a test keeps the two in step).
SEARCH_PROVIDERS = ("gdelt", "mediawiki", "searxng", "factcheck")


@dataclass(frozen=True)
class Settings:
    # DB_*: the verdict store
    # A DuckDB file, or for several machines a DuckLake: "ducklake:postgres:<libpq connection string>
    # data_path=<folder every worker reaches>" (README, "Running on several machines"). VERACITY_DB is
    # accepted as a short alias.
    db_path: str = "data/veracity.duckdb"
    db_lock_timeout: float = 10.0  # seconds to wait for another process to release the file

    # ARTICLE_*: input checks
    article_max_bytes: int = 2_000_000  # larger articles are refused, not truncated
    article_min_chars: int = 20

    # FETCH_*: polite, bounded fetching
    fetch_user_agent: str = "veracity/0.1 (claim fact-checking bot)"  # robots.txt rules match "veracity"
    fetch_timeout: float = 10.0  # connect/read/write/pool timeout per request, seconds
    fetch_total_timeout: float = 30.0  # wall time for one try at a page including a slow drip, seconds
    fetch_page_budget: float = 40.0  # wall time for one page with all its tries and waits, seconds
    fetch_max_bytes: int = 5_000_000  # cap on decompressed body bytes
    fetch_max_redirects: int = 5
    fetch_per_host: int = 4  # concurrent requests per host
    fetch_host_delay: float = 0.0  # seconds between the starts of two requests to one host
    fetch_workers: int = 16  # concurrent requests overall
    fetch_retries: int = 2  # extra tries for transient failures (timeouts, 5xx, 429)
    fetch_backoff: float = 0.5  # seconds, doubled per retry; Retry-After wins when given
    fetch_max_retry_after: float = 30.0  # never sleep longer than this for one Retry-After
    fetch_respect_robots: bool = True
    fetch_allow_loopback: bool = False  # allow 127.0.0.0/8 and ::1 (the demo web and tests use it)
    fetch_allow_private: bool = False  # allow private, link-local and other non-public ranges
    fetch_max_sources: int = 200  # candidate URLs fetched per article

    # DISCOVER_*: where candidate sources come from (besides --source URLs and --feed documents)
    discover_article_links: bool = True  # follow the article's own outbound links
    discover_search: tuple[str, ...] = ("gdelt", "mediawiki")  # keyless by default; also searxng, factcheck
    discover_max_queries: int = 8  # search queries per article (claims grouped by what they name)
    discover_results_per_query: int = 10
    discover_days_around: int = 30  # search news this many days around the article's date, when known
    discover_searxng_url: str = ""  # a SearXNG instance, e.g. http://localhost:8888 (JSON format enabled)
    discover_gdelt_url: str = "https://api.gdeltproject.org/api/v2/doc/doc"
    discover_gdelt_interval: float = 5.0  # GDELT answers one request per 5 s per address
    discover_mediawiki_url: str = "https://{lang}.wikipedia.org/w/api.php"
    discover_mediawiki_languages: tuple[str, ...] = ("de", "en")
    discover_factcheck_url: str = "https://factchecktools.googleapis.com/v1alpha1/claims:search"
    discover_factcheck_key: str = ""  # a Google Fact Check Tools API key; the provider is off without one

    # CLAIMS_*: finding claims
    # Also keep plain statements (a verb, four words or more, no figure, date or other name) in articles
    # that ask, exclaim and advertise nothing. More claims found, but less precise on some articles:
    # off by default (README, "How claims are found"). Applies to articles split after it is changed.
    claims_plain_statements: bool = False

    # EXTRACT_*: main-text extraction
    extract_workers: int = 0  # worker processes; 0 = one per CPU
    extract_pool_min_pages: int = 100  # fewer candidate pages than this are extracted in the flow process

    # MATCH_*: claim x sentence scoring (all scores 0-100)
    match_min_lexical: float = 30.0  # candidates below this lexical score are dropped
    match_min_score: float = 40.0  # combined relevance needed to count as evidence
    match_top_k: int = 5  # evidence sentences kept per claim and source
    # The relevance of a sentence: a weighted mean of its lexical score, the share of the claim's
    # entities it names, and whether it states a comparable figure (weights chosen on tests/eval/dev).
    match_weight_lexical: float = 0.5
    match_weight_entities: float = 0.3
    match_weight_numbers: float = 0.5
    # Entities named elsewhere in the same source count this much for a sentence that refers back to
    # them ("der Konzern", "the company"): a source is about the company its lead sentence names.
    match_context_entities: float = 0.8
    # A claim without figures needs this share of what it says of its entities in a sentence that
    # takes a side (the same company's other news is not evidence).
    match_min_predicate: float = 50.0

    # DECIDE_*: verdicts
    decide_min_support: float = 50.0  # best relevance needed before a stance counts
    decide_mixed_ratio: float = 0.5  # weaker side >= this share of the stronger -> mixed
    # Decide with the verdict model fitted on real labelled claims (checkers/data/verdict_model.json,
    # rebuilt by benchmarks/train_verdicts.py). With it, the matcher passes every sentence that shares a
    # term, an entity or a unit with the claim (match_top_k per source) and the model weighs relevance.
    # Off by default until it also holds on the demo (README, "The verdict model"); off: the matcher's
    # stronger side decides.
    decide_model: bool = False
    decide_calibrate: bool = True  # rules only: map raw confidence through checkers/data/calibration.json
    decide_trusted_domains: tuple[str, ...] = field(default_factory=tuple)  # their sources weigh 1.5

    # FLOW_*: Prefect
    flow_batch_size: int = 50  # URLs per fetch-extract-match task run (a page stored before counts a quarter)
    flow_batches_in_flight: int = 2  # batches fetched at once; bounds the page text held in memory

    # CLUSTER_*: the nightly run spread over Prefect workers (README, "Running on several machines")
    cluster_shards: int = 0  # 0: every tracked article in this process; N: N shard runs on the work pool
    cluster_retries: int = 2  # a shard whose run crashed or failed is run again this many times

    @classmethod
    def load(cls, path: str | os.PathLike[str] | None = None, env: dict[str, str] | None = None) -> "Settings":
        env = dict(os.environ if env is None else env)
        values: dict[str, object] = {}
        path = path or env.get("VERACITY_CONFIG")
        candidate = Path(path) if path else Path("veracity.toml")
        if path and not candidate.is_file():
            raise ConfigError(f"settings file not found: {candidate}")
        if candidate.is_file():
            try:
                values.update(_flatten(tomllib.loads(candidate.read_text(encoding="utf-8"))))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
                raise ConfigError(f"cannot read settings file {candidate}: {exc}") from exc
        if "VERACITY_DB" in env:
            values["db_path"] = env["VERACITY_DB"]
        for f in dataclasses.fields(cls):
            key = f"VERACITY_{f.name.upper()}"
            if key in env:
                values[f.name] = env[key]
        return cls().replace(**values)

    def replace(self, **values: object) -> "Settings":
        known = {f.name: f for f in dataclasses.fields(self)}
        typed: dict[str, object] = {}
        for name, raw in values.items():
            if name not in known:
                raise ConfigError(f"unknown setting: {name}")
            typed[name] = _checked(name, _coerce(name, getattr(self, name), raw))
        return dataclasses.replace(self, **typed)


class _Range(NamedTuple):
    """The values a numeric setting may take: from ``low`` (above it, when ``strict``) up to ``high``."""

    low: float = 0
    high: float | None = None
    strict: bool = False

    def holds(self, value: float) -> bool:
        above = value > self.low if self.strict else value >= self.low
        return math.isfinite(value) and above and (self.high is None or value <= self.high)

    def __str__(self) -> str:
        if self.strict:
            return f"above {self.low:g}"
        return f"from {self.low:g} " + (f"to {self.high:g}" if self.high is not None else "up")


# Each numeric setting's range. A value outside is refused when the settings are read, before a run
# starts: "fetch_workers = 0" would make every fetch wait forever, "fetch_timeout = -5" fail every page.
_AT_LEAST_ZERO, _AT_LEAST_ONE, _POSITIVE = _Range(), _Range(1), _Range(strict=True)
_SCORE, _SHARE = _Range(0, 100), _Range(0, 1)
_RANGES: dict[str, _Range] = {
    "db_lock_timeout": _AT_LEAST_ZERO, "article_max_bytes": _AT_LEAST_ONE, "article_min_chars": _AT_LEAST_ZERO,
    "fetch_timeout": _POSITIVE, "fetch_total_timeout": _POSITIVE, "fetch_page_budget": _POSITIVE,
    "fetch_max_bytes": _AT_LEAST_ONE, "fetch_max_redirects": _AT_LEAST_ZERO, "fetch_per_host": _AT_LEAST_ONE,
    "fetch_host_delay": _AT_LEAST_ZERO, "fetch_workers": _AT_LEAST_ONE, "fetch_retries": _AT_LEAST_ZERO,
    "fetch_backoff": _AT_LEAST_ZERO, "fetch_max_retry_after": _AT_LEAST_ZERO, "fetch_max_sources": _AT_LEAST_ZERO,
    "discover_max_queries": _AT_LEAST_ZERO, "discover_results_per_query": _AT_LEAST_ONE,
    "discover_days_around": _AT_LEAST_ZERO, "discover_gdelt_interval": _AT_LEAST_ZERO,
    "extract_workers": _AT_LEAST_ZERO, "extract_pool_min_pages": _AT_LEAST_ZERO,
    "match_min_lexical": _SCORE, "match_min_score": _SCORE, "match_top_k": _AT_LEAST_ONE,
    "match_weight_lexical": _AT_LEAST_ZERO, "match_weight_entities": _AT_LEAST_ZERO,
    "match_weight_numbers": _AT_LEAST_ZERO, "match_context_entities": _SHARE, "match_min_predicate": _SCORE,
    "decide_min_support": _SCORE, "decide_mixed_ratio": _SHARE,
    "flow_batch_size": _AT_LEAST_ONE, "flow_batches_in_flight": _AT_LEAST_ONE,
    "cluster_shards": _AT_LEAST_ZERO, "cluster_retries": _AT_LEAST_ZERO,
}


def _checked(name: str, value: object) -> object:
    if name == "discover_search" and isinstance(value, tuple):
        unknown = [p for p in value if p not in SEARCH_PROVIDERS]
        if unknown:
            raise ConfigError(f"bad value for discover_search: unknown provider(s) {', '.join(unknown)} "
                              f"(known: {', '.join(SEARCH_PROVIDERS)})")
    allowed = _RANGES.get(name)
    if allowed is not None and isinstance(value, (int, float)) and not allowed.holds(value):
        raise ConfigError(f"bad value for {name}: {value!r} (must be {allowed})")
    return value


def _flatten(table: dict, prefix: str = "") -> dict[str, object]:
    """``[fetch] timeout = 5`` is ``fetch_timeout = 5``: a TOML table names a prefix."""
    out: dict[str, object] = {}
    for key, value in table.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(_flatten(value, f"{name}_"))
        else:
            out[name] = value
    return out


def _coerce(name: str, default: object, raw: object) -> object:
    try:
        if isinstance(default, bool):
            if isinstance(raw, str):
                if raw.lower() not in {"1", "0", "true", "false", "yes", "no"}:
                    raise ValueError(raw)
                return raw.lower() in {"1", "true", "yes"}
            return bool(raw)
        if isinstance(default, tuple):
            items = raw.split(",") if isinstance(raw, str) else list(raw)  # type: ignore[arg-type]
            return tuple(str(i).strip() for i in items if str(i).strip())
        return type(default)(raw)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"bad value for {name}: {raw!r}") from exc

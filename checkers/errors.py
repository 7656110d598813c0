"""The one exception tree of veracity.

    VeracityError
    ├── InputError                 bad input from the user: terminal, one-line message, exit 2
    │   ├── ArticleError           empty, binary, non-UTF-8, too large or missing article
    │   └── ConfigError            unreadable settings file or bad VERACITY_* value
    ├── SourceError                one source failed; recorded with its reason, the run goes on
    │   ├── TransientSourceError   worth retrying: timeouts, connection resets, 5xx, 429
    │   └── TerminalSourceError    retrying cannot help
    │       ├── RobotsDisallowed
    │       ├── BlockedAddress     private, loopback or link-local address not allowed by settings
    │       ├── TooLarge           body over FETCH_MAX_BYTES (decompressed), or a gzip bomb
    │       ├── UnsupportedContent not HTML, XML or text
    │       ├── TooManyRedirects   redirect loop or chain over FETCH_MAX_REDIRECTS
    │       ├── HttpStatusError    4xx other than 429
    │       └── RateLimited        the host asks to wait (Retry-After) longer than the page may take
    └── StoreError                 the database cannot be opened or written
        └── DatabaseLocked         another process holds the DuckDB file

Every error's ``reason`` is a short machine-readable slug stored in the ``sources.error`` column
next to the human-readable message.
"""

from __future__ import annotations


class VeracityError(Exception):
    reason = "error"

    def __init__(self, message: str, *, reason: str | None = None) -> None:
        super().__init__(message)
        if reason is not None:
            self.reason = reason


class InputError(VeracityError):
    reason = "bad-input"


class ArticleError(InputError):
    reason = "bad-article"


class ConfigError(InputError):
    reason = "bad-config"


class SourceError(VeracityError):
    reason = "source-error"


class TransientSourceError(SourceError):
    reason = "transient"


class TerminalSourceError(SourceError):
    reason = "terminal"


class RobotsDisallowed(TerminalSourceError):
    reason = "robots-disallowed"


class BlockedAddress(TerminalSourceError):
    reason = "blocked-address"


class TooLarge(TerminalSourceError):
    reason = "too-large"


class UnsupportedContent(TerminalSourceError):
    reason = "unsupported-content"


class TooManyRedirects(TerminalSourceError):
    reason = "too-many-redirects"


class HttpStatusError(TerminalSourceError):
    reason = "http-status"


class RateLimited(TerminalSourceError):
    reason = "rate-limited"


class StoreError(VeracityError):
    reason = "store-error"


class DatabaseLocked(StoreError):
    reason = "database-locked"

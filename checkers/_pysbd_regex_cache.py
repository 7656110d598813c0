"""Give pysbd a regex cache big enough for its abbreviation patterns.

pysbd builds regexes from its abbreviation lists on every call (one pattern per abbreviation found in
the text). Python's ``re`` keeps only 512 compiled patterns, so on varied text pysbd recompiles the
same patterns over and over: measured at 40% of claim extraction time. Each pysbd module gets a
stand-in for ``re`` whose module-level functions go through a larger LRU cache of compiled patterns;
behaviour is unchanged (same patterns, same flags).

``install`` also gives pysbd's abbreviation search its language's abbreviations stripped once, instead
of stripping each of several hundred on every line (a quarter of pysbd's time here); the loop, the
patterns and the replacements are pysbd's own.
"""

from __future__ import annotations

import re
import sys
import types
from functools import lru_cache

_compile = lru_cache(maxsize=16_384)(re.compile)


class _CachedRe(types.ModuleType):
    def __getattr__(self, name: str):
        return getattr(re, name)

    @staticmethod
    def compile(pattern, flags=0):
        return pattern if isinstance(pattern, re.Pattern) else _compile(pattern, flags)

    @staticmethod
    def search(pattern, string, flags=0):
        return _CachedRe.compile(pattern, flags).search(string)

    @staticmethod
    def match(pattern, string, flags=0):
        return _CachedRe.compile(pattern, flags).match(string)

    @staticmethod
    def fullmatch(pattern, string, flags=0):
        return _CachedRe.compile(pattern, flags).fullmatch(string)

    @staticmethod
    def sub(pattern, repl, string, count=0, flags=0):
        return _CachedRe.compile(pattern, flags).sub(repl, string, count)

    @staticmethod
    def subn(pattern, repl, string, count=0, flags=0):
        return _CachedRe.compile(pattern, flags).subn(repl, string, count)

    @staticmethod
    def split(pattern, string, maxsplit=0, flags=0):
        return _CachedRe.compile(pattern, flags).split(string, maxsplit)

    @staticmethod
    def findall(pattern, string, flags=0):
        return _CachedRe.compile(pattern, flags).findall(string)

    @staticmethod
    def finditer(pattern, string, flags=0):
        return _CachedRe.compile(pattern, flags).finditer(string)


def install() -> None:
    shim = _CachedRe("re")
    for name, module in list(sys.modules.items()):
        if name.startswith("pysbd") and getattr(module, "re", None) is re:
            module.re = shim
    from pysbd import abbreviation_replacer

    replacer = abbreviation_replacer.AbbreviationReplacer
    if replacer.search_for_abbreviations_in_string is not _search_for_abbreviations:
        ORIGINAL["search_for_abbreviations_in_string"] = replacer.search_for_abbreviations_in_string
    replacer.search_for_abbreviations_in_string = _search_for_abbreviations


ORIGINAL: dict[str, object] = {}  # pysbd's own functions, kept for the test that compares them


_STRIPPED: dict[int, tuple[tuple[str, bool], ...]] = {}


def _stripped(abbreviations: list[str]) -> tuple[tuple[str, bool], ...]:
    """Each abbreviation stripped, and whether it is plain letters and digits (a literal pattern)."""
    key = id(abbreviations)  # each pysbd language keeps one list for the life of the process
    if key not in _STRIPPED:
        _STRIPPED[key] = tuple((a.strip(), bool(_PLAIN.fullmatch(a.strip()))) for a in abbreviations)
    return _STRIPPED[key]


_PLAIN = re.compile(r"[a-z0-9]+")
_WORD_START = re.compile(r"(?:^|\s)([a-z0-9]+)", re.IGNORECASE)


def _search_for_abbreviations(self, text):
    r"""pysbd's AbbreviationReplacer.search_for_abbreviations_in_string, with the strip done once, and
    an abbreviation of plain letters skipped unless a word of the line starts with it (pysbd's own
    pattern, "(?:^|\s)" + abbreviation, finds nothing else; most lines hold few of the ~200) and the line
    holds it with a full stop after it (each of pysbd's replacements turns that full stop into a marker:
    "co" in "company" is found, and replaced nowhere)."""
    lowered = text.lower()
    starts: set[str] | None = None  # the beginnings of the line's words, made when first needed
    for stripped, plain in _stripped(self.lang.Abbreviation.ABBREVIATIONS):
        if stripped not in lowered:
            continue
        if plain:
            if f"{stripped}." not in lowered:
                continue
            if starts is None:
                starts = {w[:k] for w in (m.lower() for m in _WORD_START.findall(text))
                          for k in range(1, min(len(w), 12) + 1)}
            if len(stripped) <= 12 and stripped not in starts:
                continue
        abbrev_match = _CachedRe.findall(r"(?:^|\s|\r|\n){}".format(stripped), text, flags=re.IGNORECASE)
        if not abbrev_match:
            continue
        next_word_start = r"(?<={" + str(re.escape(stripped)) + "} ).{1}"
        char_array = _CachedRe.findall(next_word_start, text)
        for ind, match in enumerate(abbrev_match):
            text = self.scan_for_replacements(text, match, ind, char_array)
    return text


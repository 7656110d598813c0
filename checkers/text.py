"""Language-aware text helpers shared by the stages: language, sentences with offsets, content terms."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import pysbd
import simplemma
from babel.dates import get_day_names, get_month_names
from lemminflect import getAllLemmas, getInflection  # type: ignore[import-untyped]
from stop_words import get_stop_words

from checkers import _pysbd_regex_cache

_pysbd_regex_cache.install()

LANGUAGES = ("de", "en")
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)
_PARAGRAPH = re.compile(r"[^\n]+")
_INNER_BOUNDARY = re.compile(r"[.!?…;:]")
_CLOSERS = " \t.!?…\"'“”»«)]"


def normalize(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def detect_language(text: str, default: str = "en") -> str:
    """'de' or 'en' by simplemma's word-list detector; ``default`` when it cannot tell."""
    best, score = _language_score(text[:5000])
    return best if score > 0.2 else default


# The share of a text's words simplemma knows in German or English, below which the text is in another
# language. On the 181 real pages of the AEB benchmark, the pages in Russian, Portuguese, Korean,
# Indonesian and Italian score 0.25 at most and every German or English page 0.51 or more.
SUPPORTED_MIN_SCORE = 0.4


def supported_language(text: str) -> bool:
    """Whether a text is German or English enough to split into claims."""
    return language_score(text)[1] >= SUPPORTED_MIN_SCORE


def language_score(text: str) -> tuple[str, float]:
    """'de' or 'en', whichever more of the text's words are, and the share of its words simplemma knows
    in it."""
    return _language_score(text[:5000])


@lru_cache(maxsize=256)
def _language_score(sample: str) -> tuple[str, float]:
    scores = dict(simplemma.langdetect(sample, lang=LANGUAGES))
    best = max(LANGUAGES, key=lambda lang: scores.get(lang, 0.0))
    return best, scores.get(best, 0.0)


@lru_cache(maxsize=4)
def _segmenter(language: str) -> pysbd.Segmenter:
    return pysbd.Segmenter(language=language if language in LANGUAGES else "en", clean=False)


# Reuters Instrument Codes after a market's name ("the Dow Jones Industrial Average .DJI fell", "Brent
# LCOc1", "the euro EUR=", "10-year notes US10YT=RR"): market codes, not words. Their full stop is no
# sentence end; claims leave them out (checkers.claims.without_furniture).
MARKET_CODE = re.compile(r"(?<!\S)(?:\.[A-Z][A-Z0-9]{1,13}|[A-Z0-9]{2,6}c\d|[A-Z0-9]{3,8}=[A-Z]{0,3})(?=[\s,;)])")
_MARKET_HINT = re.compile(r" \.[A-Z]|=|[A-Z0-9]c\d")  # what every market code holds: a cheap test first


def without_market_codes(text: str) -> str:
    """``text`` with its market codes blanked (the same length, so offsets hold)."""
    return MARKET_CODE.sub(lambda m: " " * len(m.group()), text) if _MARKET_HINT.search(text) else text


def split_sentences(text: str, language: str) -> list[tuple[int, int, str]]:
    """Sentences with their [start, end) offsets in ``text``.

    Lines are split first: pysbd slows down sharply on long inputs, and a line break in an article
    or an extracted page always ends a sentence (headlines, list items).
    """
    segmenter = _segmenter(language)
    out: list[tuple[int, int, str]] = []
    for base, paragraph in _paragraphs(text):
        if not _INNER_BOUNDARY.search(paragraph.rstrip(_CLOSERS)):
            # No sentence mark before the end of the line: one sentence, pysbd has nothing to decide.
            stripped = paragraph.strip()
            if stripped:
                start = paragraph.find(stripped)
                out.append((base + start, base + start + len(stripped), stripped))
            continue
        cursor = 0
        # Market codes are blanked for the segmenter (the same length, so offsets hold) and kept in
        # the sentences, which are the text as written.
        plain = without_market_codes(paragraph)
        # Segmenter.segment() would locate each sentence again with a regex built from the sentence
        # itself (one compile per sentence); the processor's sentences are located here with find().
        segmenter.original_text = plain
        for piece in segmenter.processor(plain).process():
            sentence = piece.strip()
            if not sentence:
                continue
            start = plain.find(sentence, cursor)
            if start < 0:  # pysbd altered the text; fall back to the cursor position
                start = cursor
            end = start + len(sentence)
            cursor = end
            if out and sentence[:1] in "-‐" and start > 0 and plain[start - 1] == "." and out[-1][0] >= base:
                # "in 37 K.-o.-Spielen": a hyphen right after a full stop joins an abbreviation to its word;
                # no sentence starts with it
                out[-1] = (out[-1][0], base + end, paragraph[out[-1][0] - base:end])
                continue
            out.append((base + start, base + end, paragraph[start:end]))
    return out


# An embedded post ends with its picture link ("... in Betrieb gegangen https://t.co/QH1 (js) #W7X
# pic.twitter.com/ZNX Es war eine ..."): the text after it is the next sentence even without a full stop;
# so is the text after a full stop that lost its space.
_EMBED_END = re.compile(r"pic\.twitter\.com/\S+|"
                        # "... der Daten.Weder die TK ...": a full stop with the space after it missing
                        r"(?<![\w./@-])(?!www\.)[^\W\d_]*[a-zäöüß]{3}\.(?=[A-ZÄÖÜ][a-zäöüß]{2,}\s)")


def _paragraphs(text: str) -> list[tuple[int, str]]:
    """The lines of ``text`` (offset, line), a line also ending after an embedded post."""
    out = []
    for line in _PARAGRAPH.finditer(text):
        base, paragraph, cut = line.start(), line.group(), 0
        for m in _EMBED_END.finditer(paragraph):
            out.append((base + cut, paragraph[cut:m.end()]))
            cut = m.end()
        out.append((base + cut, paragraph[cut:]))
    return out


def words(text: str) -> list[str]:
    return _WORD.findall(text)


# The stop-words package's English list (1,333 words) also drops words that carry a claim's meaning:
# rankings, sizes, periods, counts. They stay content words here.
_NOT_STOP = frozenset(
    "high higher highest low lower lowest big bigger biggest large larger largest small smaller smallest new newer "
    "newest old older oldest year years month months week weeks day days end ended top group beyond last record "
    "one two three four five six seven eight nine ten eleven twelve twenty hundred thousand million billion "
    "trillion first second third fourth fifth sixth seventh eighth ninth tenth percent".split())


# It also carries names from the web pages it was counted on ("microsoft", "netscape", "msie"), which would
# then never count as names ("Microsoft, Sony and Nintendo are expected to ...").
_WEB_NAMES = frozenset({"microsoft", "netscape", "msie"})


@lru_cache(maxsize=4)
def stopwords(language: str) -> frozenset[str]:
    return frozenset(get_stop_words(language if language in LANGUAGES else "en")) - _NOT_STOP - _WEB_NAMES


@lru_cache(maxsize=200_000)
def lemma(word: str, language: str) -> str:
    return simplemma.lemmatize(word, lang=language).casefold()


@lru_cache(maxsize=65_536)
def english_lemmas(word: str) -> dict[str, tuple[str, ...]]:
    """The word classes LemmInflect's lexicon knows an English word form in, with their lemmas ("rose" ->
    NOUN rose, VERB rise; "undisclosed" -> ADJ only). simplemma gives one lemma per form and reads "rose"
    and "won" as nouns."""
    return dict(getAllLemmas(word.lower()))


def english_verb_lemmas(word: str) -> tuple[str, ...] | None:
    """The verbs an English word form may belong to, or None for a word the lexicon does not know."""
    lemmas = english_lemmas(word)
    return lemmas.get("VERB", ()) if lemmas else None


@lru_cache(maxsize=65_536)
def english_finite(word: str) -> bool:
    """An English word form that is a finite form of a verb (present or past: "aims", "include",
    "launched"), by LemmInflect's inflections."""
    return any(word in getInflection(verb, tag) for verb in english_lemmas(word).get("VERB", ())
               for tag in ("VBZ", "VBP", "VBD"))


def content_terms(text: str, language: str) -> list[str]:
    """Case-folded lemmas of the words that carry meaning (no stop words, no bare numbers)."""
    stop = stopwords(language)
    terms = []
    for w in words(text):
        if w.endswith(("'s", "’s")):
            w = w[:-2]  # possessive: "Alibaba's" is Alibaba
        low = w.casefold()
        if low in stop or w.isdigit() or len(low) < 2:
            continue
        terms.append(lemma(w, language))
    return terms


# German (with Austria's "Jänner") and English month names, from Babel's CLDR data: one source for every
# module that reads a month.
_MONTH_LOCALES = ("de", "de_AT", "en")


@lru_cache(maxsize=2)
def month_numbers(abbreviated: bool = False) -> dict[str, int]:
    """Month names in lower case -> 1-12: "märz" 3, "jänner" 1, "december" 12; with ``abbreviated`` also
    their short forms of three letters or more, without a dot ("sept", "okt", "dec", "jän")."""
    out: dict[str, int] = {}
    for locale in _MONTH_LOCALES:
        out.update({name.casefold(): n for n, name in get_month_names("wide", locale=locale).items()})
        if abbreviated:
            for context in ("format", "stand-alone"):
                short = get_month_names("abbreviated", context=context, locale=locale)
                out.update({name.rstrip(".").casefold(): n for n, name in short.items() if len(name.rstrip(".")) >= 3})
    if abbreviated:
        out["sept"] = 9  # news style ("Sept. 3"), where CLDR's English has "Sep"
    return out


def _date_words(weekdays: bool) -> re.Pattern[str]:
    """Years, and month (and weekday) names in German and English (Babel's CLDR data), as in "im März",
    "on Wednesday". "May" alone is left out: at a sentence's start it is the modal as often as the month."""
    names: set[str] = set()
    for locale in LANGUAGES:
        names |= set(get_month_names("wide", locale=locale).values())
        # "Aug. 6", "Nov. 2019", "Sept. 3" (news style abbreviates months; CLDR writes "Sep")
        names |= {m.rstrip(".") for m in get_month_names("abbreviated", locale=locale).values() if len(m.rstrip(".")) >= 3}
        if weekdays:
            names |= set(get_day_names("wide", locale=locale).values()) | {"gestern" if locale == "de" else "yesterday"}
    names.add("Sept")
    names.discard("May")
    if weekdays:  # (the check-worthiness cue, which its fitted model was trained with, leaves "May" out)
        return re.compile(rf"\b(?:1[89]\d\d|20\d\d)\b|\b(?:{trie_pattern(sorted(names))})\b")
    # "May" where only the month fits: after a preposition or a time word ("in May", "since May", "early
    # May"), or before a day or a year ("May 20", "May 2019")
    may = "|".join(("in", "since", "until", "by", "from", "early", "late", "mid", "last", "next", "of", "through",
                    "before", "after", "during", "im", "seit", "bis", "Mitte", "Anfang", "Ende"))
    # (the word before "May" is part of the match: a lookbehind per word, tried at every position, cost a tenth
    # of the claim splitter's time)
    return re.compile(rf"\b(?:1[89]\d\d|20\d\d)\b|\b(?:{trie_pattern(sorted(names))})\b|\b(?:{may})\s+May\b|\bMay\s+\d")




def trie_pattern(words: list[str]) -> str:
    """One regex for many literal words, as a trie: the engine dispatches on each next character
    instead of trying ~600 alternatives at every position (5x faster here). Longest match first."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


DATE_WORDS = _date_words(weekdays=True)  # a sentence that dates what it says (a check-worthiness cue)
MONTHS_AND_YEARS = _date_words(weekdays=False)  # a date a claim can be checked against

"""match_claims: claims x source sentences -> Evidence with the signals behind each score.

Each source text is split into sentences once. A claim is scored only against sentences that share a
term, an entity or a unit with it (an inverted index), and those candidates are scored together with
rapidfuzz's vectorised ``process.cdist``. Terms pass through a small bilingual lexicon so that German
claims meet English sentences; numbers, entities and countries are language-independent anchors.

Every scorer here takes two feature records and returns 0-100.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np
from rapidfuzz import fuzz, process

from checkers.entities import find_entities, is_adjective, named
from checkers.periods import When, clause_of, figure_times, same_time, when_of
from checkers.quantities import agree, compare_quantities, parse_quantities
from checkers.records import Claim, Evidence, Quantity, Source
from checkers.settings import Settings
from checkers.terms import POLES, cognates, concept_groups, concept_terms, concepts, group_coverage
from checkers.text import detect_language, split_sentences

# "nicht nur" / "not only" add to a statement rather than deny it.
_NOT_NEGATION = re.compile(r"\b(?:nicht nur|nicht zuletzt|not only|no doubt|no less than|nicht weniger als|"
                           r"without (?:a )?change|no change|ohne (?:eine )?änderung|no\.\s*(?=\d)|"
                           r"never before|(?:noch )?nie zuvor|"
                           r"wie (?:noch )?nie(?: zuvor)?|than ever|as never before|"
                           r"never been (?:higher|more|bigger))\b",
                           re.I)
_NEGATION = {
    # A denial or a correction says the claim is wrong: "hat Berichte über einen Abbau zurückgewiesen",
    # "incorrectly stated that the trial had met its endpoint".
    "de": re.compile(r"\b(?:nicht|kein|keine|keinen|keinem|keiner|keines|nie|niemals|nirgends|ohne|"
                     r"verweigert\w*|weigert\w*|zurückgewiesen|zurückweis\w*|weist\w* zurück|dementiert\w*|"
                     r"bestritten|bestreit\w*|widersprochen|widerspr\w+|falsch|fälschlich\w*|unzutreffend\w*)\b",
                     re.I),
    "en": re.compile(r"\b(?:not|no|never|none|without|n't|no longer|neither|nor|declined to|refused to|"
                     r"failed to|denied|denies|deny|dismissed reports?|rejected reports?|refuted|incorrectly|"
                     r"wrongly|false|untrue)\b|n't\b", re.I),
}


@dataclass(frozen=True)
class Features:
    """What the scorers compare: concept terms, entity keys, quantities, negation."""

    text: str
    language: str
    terms: frozenset[str]
    entities: frozenset[str]
    quantities: tuple[Quantity, ...]
    negated: bool
    names: frozenset[str] = frozenset()  # the terms that are words of its entities' names
    measures: tuple[frozenset[str], ...] = ()  # per quantity: the terms around it (what it measures)
    times: tuple[When, ...] = ()  # per quantity: the period its clause names
    negated_parts: tuple[frozenset[str], ...] = ()  # the terms of each negated clause, when negated
    # Per word of a claim, the terms it stands for ("Rekordumsatz": rekordumsatz, record, revenue): a
    # word counts once however many concepts it has. Empty for source sentences.
    groups: tuple[frozenset[str], ...] = ()

    def negated_for(self, claim: "Features") -> bool:
        """Whether the part of this sentence that speaks to the claim is negated: in "Shares plunged
        34% after the drug failed to meet its endpoint", the negation is about the drug trial."""
        if not self.negated or not self.negated_parts:
            return self.negated
        best = max(len(claim.terms & part) for part in (*self.negated_parts, self._plain_terms))
        return any(len(claim.terms & part) >= best for part in self.negated_parts)

    @property
    def _plain_terms(self) -> frozenset[str]:
        return self.terms - frozenset().union(*self.negated_parts)

    def opposes(self, other: "Features") -> bool:
        """One text says one pole of a pair and the other the other: rose/fell, profit/loss,
        approved/rejected (lexicon concepts)."""
        def pole(terms: frozenset[str], a: frozenset[str], b: frozenset[str]) -> str | None:
            return "a" if terms & a and not terms & b else "b" if terms & b and not terms & a else None

        for a, b in POLES:
            mine, theirs = pole(self.terms, a, b), pole(other.terms, a, b)
            if mine and theirs and mine != theirs:
                return True
        return False

    @property
    def figures(self) -> tuple[Quantity, ...]:
        """The quantities that are not dates (dates set the period a text speaks of)."""
        return tuple(q for q in self.quantities if q.unit != "date")

    def measure_of(self, q: Quantity) -> frozenset[str]:
        return self.measures[self.quantities.index(q)] if q in self.quantities else frozenset()

    def time_of(self, q: Quantity) -> When:
        return self.times[self.quantities.index(q)] if q in self.quantities and self.times else When()

    @property
    def predicate(self) -> tuple[frozenset[str], ...]:
        """What a text says of its entities: its words but those of their names ("US-Chipriese Nvidia"
        too), of time, and light verbs, hedges and praise."""
        return tuple(g for g in self.word_groups if not g & (self.names | _TIME_WORDS | _LIGHT_WORDS))

    @property
    def word_groups(self) -> tuple[frozenset[str], ...]:
        return self.groups or tuple(frozenset({t}) for t in sorted(self.terms))

    @property
    def term_string(self) -> str:
        return " ".join(sorted(self.terms))


_SUBCLAUSE = re.compile(r"[;:,()]\s|\s[–—]\s|\s(?:after|because|since|although|while|whereas|which|who|"
                       r"nachdem|weil|obwohl|während|wobei)\s", re.I)


def _negated_parts(text: str, language: str) -> tuple[frozenset[str], ...]:
    """The terms of each negated clause of a sentence that has both negated and plain clauses."""
    neg = _NEGATION.get(language, _NEGATION["en"])
    parts = [p for p in _SUBCLAUSE.split(_NOT_NEGATION.sub(" ", text)) if p.strip()]
    negated = [p for p in parts if neg.search(p)]
    if not negated or len(negated) == len(parts):
        return ()
    return tuple(concept_terms(p, language) for p in negated)


def features(text: str, language: str, quantities: tuple[Quantity, ...] | None = None,
             whole_text_measure: bool = False) -> Features:
    """``whole_text_measure``: every figure measures what the whole text speaks of (an atomic claim
    states one thing); otherwise the words around each figure say what it measures (a source
    sentence may state several)."""
    neg = _NEGATION.get(language, _NEGATION["en"])
    qs = parse_quantities(text, language) if quantities is None else quantities
    found = find_entities(text, language)
    terms = concept_terms(text, language)
    if whole_text_measure:
        measures, times = (terms - _GENERIC,) * len(qs), (when_of(text),) * len(qs)
    else:
        measures, times = tuple(_measure_terms(text, q, language) for q in qs), figure_times(text, qs)
        qs, measures, times = _with_changes(qs, measures, times)
    return Features(
        text=text, language=language, terms=terms, entities=frozenset(e.key for e in found),
        names=concept_terms(" ".join(e.text for e in found), language) if found else frozenset(),
        quantities=qs,
        negated=bool(neg.search(_NOT_NEGATION.sub(" ", text))),
        negated_parts=() if whole_text_measure else _negated_parts(text, language),
        groups=concept_groups(text, language) if whole_text_measure else (),
        measures=measures, times=times,
    )


def _bare(figure: str) -> str:
    """A figure without the word the number pattern took after it: "£48.2m for" -> "£48.2m"."""
    words = figure.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1].islower() and len(words[-1]) <= 4 else figure


def _with_changes(qs: tuple[Quantity, ...], measures: tuple[frozenset[str], ...], times: tuple[When, ...]
                  ) -> tuple[tuple[Quantity, ...], tuple[frozenset[str], ...], tuple[When, ...]]:
    """A sentence that gives a value and the earlier one ("£48.2m for 2024, against £23.9m the year
    before", "von 2,2 auf 2,5 Prozent" is a level) also states the change between them, as a
    percentage: 102%, which a claim that profit "doubled" can be compared with."""
    changes = []
    for i, (cur, now) in enumerate(zip(qs, times)):
        if cur.unit in ("%", "pp", "date", "") or now.prior or not cur.low or not cur.high:
            continue
        for before, then in zip(qs, times):
            if before.unit != cur.unit or not then.prior or not before.low or not before.high or before is cur:
                continue
            ratios = [hi / lo - 1 for hi in (cur.low, cur.high) for lo in (before.low, before.high)]
            low, high = sorted(abs(r) * 100 for r in ratios)[::3]
            if (ratios[0] > 0) != (ratios[-1] > 0):
                continue  # too close to tell a rise from a fall
            value = round(abs(cur.value / before.value - 1) * 100, 1)
            text = f"{value:g}% ({_bare(cur.text)} against {_bare(before.text)})"
            changes.append((Quantity(text=text, value=value, unit="%", bound="about", low=low, high=high,
                                     period=cur.period), measures[i], now))
            break
    if not changes:
        return qs, measures, times
    return (qs + tuple(c[0] for c in changes), measures + tuple(c[1] for c in changes),
            times + tuple(c[2] for c in changes))


# A fact-checker's rating in its own words -> the side it takes. Negative words first: "not true". The
# verdict model reads the same words in a source's sentences as a denial (checkers.verdict_model).
RATING_AGAINST = re.compile(r"false|falsch|fake|hoax|satir|incorrect|wrong|misleading|irreführend|pants on fire|not true|"
                             r"nicht wahr|unwahr|untrue|debunked|fabricated|erfunden|unbelegt|unsupported", re.I)
_RATING_FOR = re.compile(r"\btrue\b|\bwahr\b|correct|richtig|accurate|stimmt|verified|bestätigt", re.I)
_REVIEW_MIN_SIMILARITY = 60.0


# Words that say how a figure moved, or over what period, but not what it measures.
_TIME_WORDS = frozenset({"quarter", "year", "month", "folge", "row", "consecutive", "zuletzt", "bereits", "already",
                         "recent", "januar", "februar", "märz", "april", "mai", "juni", "juli", "august",
                         "september", "oktober", "november", "dezember", "january", "february", "march", "may",
                         "june", "july", "october", "december", "vorjahr", "vormonat", "vorquartal", "earlier",
                         "ago", "first", "new"})
# Light verbs and nouns that carry no matter of their own: "kam in Form einer Partnerschaft".
# So are hedges and praise: "die vielleicht bedeutendste Ankündigung".
_LIGHT_WORDS = frozenset({"kommen", "form", "geben", "machen", "gehen", "stellen", "bringen", "art", "weise",
                          "come", "make", "take", "give", "get", "way", "kind", "sort", "jedoch", "however",
                          "vielleicht", "möglicherweise", "wohl", "perhaps", "maybe", "possibly", "bedeutend",
                          "wichtig", "significant", "important", "major", "massiv", "massive", "huge", "riesig"})
_GENERIC = _TIME_WORDS | {"growth", "grow", "fall", "high", "rate", "percent"}


def _measure_terms(text: str, q: Quantity, language: str) -> frozenset[str]:
    """The content terms of a figure's clause and of the few words around it: what it is a figure of."""
    at = text.find(q.text)
    if at < 0:
        return frozenset()
    before = " ".join(text[:at].split()[-6:])
    after = " ".join(text[at + len(q.text):].split()[:4])
    return concept_terms(f"{before} {after} {clause_of(text, at)}", language) - _GENERIC


_GENERIC_UNITS = frozenset({"%", "pp", "", "#", "date", "year", "month", "week", "day"})  # any measure can have these


def same_measure(claim: Features, sentence: Features) -> Callable[[Quantity, Quantity], bool]:
    """Two figures measure the same thing when their unit says so ("parameter", "year", "employee"), or,
    for units any measure can have (%, money, dates), when the words around them share a term (or
    either has none)."""
    def check(a: Quantity, b: Quantity) -> bool:
        if a.unit == "#":  # counts of what the unit lexicon does not know: the nouns after them say
            na, nb = _count_noun(claim.text, a, claim.language), _count_noun(sentence.text, b, sentence.language)
            if na and nb and not _same_noun(na, nb):  # "2,000 flights" and "180,000 passengers"
                return False
        elif a.unit not in _GENERIC_UNITS and len(a.unit) != 3:  # ISO currency codes are three letters
            return True
        if a.unit == "%" and {_percent_kind(claim.text, a), _percent_kind(sentence.text, b)} == {"change", "level"}:
            return False  # "stieg um 0,9 Prozent" is a change, "erreichte 31 Prozent" a level
        ma, mb = claim.measure_of(a) - claim.names, sentence.measure_of(b) - sentence.names
        return not ma or not mb or bool(ma & mb)
    return check


_CHANGE_WORDS = frozenset({"um", "by", "plus", "minus", "rose", "fell", "grew", "gained", "dropped", "declined",
                           "increased", "decreased", "climbed", "jumped", "slid", "plunged", "surged", "expanded",
                           "shrank", "lost", "added", "slipped", "sank"})
_LEVEL_WORDS = frozenset({"auf", "to", "bei", "at", "reached", "erreichte", "was", "is"})
_QUALIFIER_WORDS = frozenset({"rund", "etwa", "über", "fast", "knapp", "about", "around", "nearly", "almost", "some",
                              "more", "than", "mehr", "als", "an", "a", "annualized", "annualisiert"})


def _percent_kind(text: str, q: Quantity) -> str | None:
    """Whether a percentage is a change ("um 5 Prozent", "rose 5%") or a level ("auf 5 Prozent",
    "rose to 5%"), by the nearest word before it that is not a qualifier."""
    if re.match(r"(?:below|under|above|unter|oberhalb|unterhalb)\b", q.text, re.I):
        return "level"  # "fell below 11%" crosses a level
    at = text.find(q.text)
    for word in reversed(text[max(0, at - 40):at].lower().split() if at > 0 else []):
        if word in _LEVEL_WORDS:
            return "level"
        if word in _CHANGE_WORDS:
            return "change"
        if word not in _QUALIFIER_WORDS:
            return None
    return None


_SAME_COUNT = [frozenset({"employee", "person"})]  # "45,000 employees" and "employed 45,000 people"


def _same_noun(a: frozenset[str], b: frozenset[str]) -> bool:
    """Nouns of one concept, or German compounds of one stem ("Glasfaserkunden", "Glasfaseranschlüsse")."""
    if a & b or any(a & g and b & g for g in _SAME_COUNT):
        return True
    return any(x[:6] == y[:6] and len(x) >= 8 and len(y) >= 8 or x.endswith(y) or y.endswith(x)
               for x in a for y in b if min(len(x), len(y)) >= 5)


# Words between a count and its noun: "3.000 neue öffentliche Ladepunkte", "500 additional jobs".
_COUNT_FILLERS = frozenset({"new", "neu", "additional", "zusätzlich", "weitere", "weiter", "more", "mehr", "other",
                            "andere", "further", "öffentlich", "public", "full-time", "full", "part", "time", "eigene",
                            "own",
                            "total"})


def _brand(text: str, q: Quantity) -> str | None:
    """In English, a capitalised word right after a count names what is counted: "40 Airbus"."""
    at = text.find(q.text)
    rest = text[at + len(q.text.split()[0]):].split() if at >= 0 else []
    return rest[0].strip(".,;:") if rest and rest[0][:1].isupper() else None


def _level_meets_change(claim: Features, sentence: Features) -> bool:
    """The claim's percentage is a level and the sentence's equal one a change, or the other way: "die
    Inflationsrate sank auf 2,2 Prozent" and "die Preise stiegen um 2,2 Prozent" move different things."""
    return any(agree(a, b) and {_percent_kind(claim.text, a), _percent_kind(sentence.text, b)} == {"level", "change"}
               for a in claim.quantities if a.unit == "%" for b in sentence.quantities if b.unit == "%")


def _count_noun(text: str, q: Quantity, language: str) -> frozenset[str]:
    """The concept of the noun a count counts ("2,000 flights" -> flight; "3.000 neue Ladepunkte" ->
    ladepunkt), if a noun follows it within three words."""
    at = text.find(q.text)
    if at < 0:
        return frozenset()
    number_end = at + len(q.text) - (len(q.text.split()[-1]) if " " in q.text else 0)
    for word in text[number_end:].split()[:4]:
        word = word.strip(".,;:()\"'")
        if not word[:1].isalpha():
            return frozenset()
        one = parse_quantities(f"1 {word}", language)
        if one and one[0].value != 1:
            continue  # a scale word ("Millionen") is part of the number
        terms = concept_terms(word, language)
        if not terms:
            return frozenset()  # a function word ends the phrase: "41,012,563 on April 1"
        if terms - _COUNT_FILLERS and (language != "de" or word[:1].isupper()):  # German nouns are capitalised
            return terms - _COUNT_FILLERS
    return frozenset()


def same_period(claim: Features, sentence: Features) -> Callable[[Quantity, Quantity], bool]:
    """Whether two figures can be compared at all: they hold for the same period, by what each one's
    clause names, and counts of named things count the same name ("40 Airbus" is not "40 Boeing")."""
    def check(a: Quantity, b: Quantity) -> bool:
        if a.unit == "#":
            brands = _brand(claim.text, a), _brand(sentence.text, b)
            if claim.language == sentence.language == "en" and all(brands) and brands[0] != brands[1]:
                return False
        return same_time(claim.time_of(a), sentence.time_of(b))
    return check


# Scorers: same signature, 0-100.
def term_coverage(claim: Features, sentence: Features) -> float:
    """Share of the claim's words whose terms the sentence uses, or answers with the opposite pole.
    Across languages only words the lexicon translates (or names, or words both texts share) can
    meet, so the others are left out, down to half the claim's words."""
    groups = claim.word_groups
    if claim.language != sentence.language and groups:
        known = concepts()
        # Cognates meet as they are spelled: "Produktion" and "production", "Insolvenz" and "insolvency".
        groups = tuple(g | cognates(g, sentence.terms) if not g & sentence.terms else g for g in groups)
        translatable = tuple(g for g in groups if g & known or g & claim.names or g & sentence.terms)
        if len(translatable) < len(groups):
            covered = group_coverage(translatable, sentence.terms) * len(translatable) / 100.0
            return 100.0 * covered / max(len(translatable), (len(groups) + 1) // 2)
    return group_coverage(groups, sentence.terms)


def predicate_coverage(claim: Features, sentence: Features) -> float:
    """Share of what the claim says of its entities that the sentence says too (or the opposite of):
    a sentence about the same company is no evidence for a claim unless it speaks of the same matter."""
    predicate = claim.predicate
    return group_coverage(predicate, sentence.terms) if predicate else 100.0


def entity_coverage(claim: Features, sentence: Features) -> float:
    """Share of the claim's entities that the sentence names."""
    return _coverage(claim.entities, sentence.entities)


def _coverage(keys: frozenset[str], named_keys: frozenset[str]) -> float:
    return 100.0 * sum(named(k, named_keys) for k in keys) / len(keys) if keys else 0.0


def number_relevance(claim: Features, sentence: Features) -> float:
    """100 when the sentence states a comparable figure (agreeing or not), else 0."""
    outcome, _ = compare_quantities(claim.quantities, sentence.quantities, same_measure(claim, sentence),
                                    same_period(claim, sentence))
    return 100.0 if outcome in ("agree", "disagree") else 0.0


@dataclass(frozen=True)
class _Sentence:
    source: Source
    span: tuple[int, int]
    features: Features
    context: frozenset[str] = frozenset()  # the entities its whole source names
    source_terms: frozenset[str] = frozenset()  # the terms of its whole source


def _carry_periods(sentences: list[_Sentence]) -> list[_Sentence]:
    """A figure whose sentence names no period holds for the period the source last named: "2023
    wurden 294.400 Wohnungen fertiggestellt. Die Zahl der Baugenehmigungen war im selben Jahr um 26,6
    Prozent eingebrochen." """
    out, named = [], When()
    for s in sentences:
        f = s.features
        if f.times and any(not (w.years or w.months) for q, w in zip(f.quantities, f.times) if q.unit != "date"):
            times = tuple(w if w.years or w.months or q.unit == "date"
                          else replace(w, years=named.years, months=named.months)
                          for q, w in zip(f.quantities, f.times))
            s = _Sentence(s.source, s.span, replace(f, times=times), s.context)
        said = when_of(f.text)
        if said.years or said.months:
            named = said
        out.append(s)
    return out


def match_claims(claims: list[Claim], sources: list[Source], settings: Settings) -> list[Evidence]:
    sentences: list[_Sentence] = []
    for src in sources:
        if not src.ok:
            continue
        lang = src.language or "en"
        own = [_Sentence(src, (start, end), features(sent, lang))
               for start, end, sent in split_sentences(src.text or "", lang) if len(sent) >= 20]
        own = _carry_periods(own)
        context = frozenset().union(*(s.features.entities for s in own))
        source_terms = frozenset().union(*(s.features.terms for s in own))
        sentences.extend(_Sentence(s.source, s.span, s.features, context, source_terms) for s in own)
    index: dict[str, set[int]] = defaultdict(set)
    for i, s in enumerate(sentences):
        for key in s.features.terms | s.features.entities | {q.unit for q in s.features.quantities if q.unit}:
            index[key].add(i)
    evidence: list[Evidence] = []
    for claim in claims:
        if not claim.checkworthy:
            continue
        cf = features(claim.text, claim.language, claim.quantities, whole_text_measure=True)
        keys = cf.terms | cf.entities | {q.unit for q in cf.quantities if q.unit}
        candidates = sorted(set().union(*(index.get(k, set()) for k in keys))) if keys else []
        if not candidates:
            continue
        fuzzy = process.cdist([cf.term_string], [sentences[i].features.term_string for i in candidates],
                              scorer=fuzz.token_set_ratio, dtype=np.uint8, workers=-1)[0]
        # People and places a claim names must be named by its evidence: a sentence about Alibaba's
        # founding is no evidence that Jack Ma founded it, nor one about Brazil for a claim about Mexico.
        essential = frozenset(e.key for e in claim.entities
                              if e.kind in {"person", "country", "place"} and not is_adjective(e))
        evidence.extend(_best_per_source(claim, cf, [sentences[i] for i in candidates], fuzzy, essential, settings))
    for claim in claims:
        if claim.checkworthy:
            evidence.extend(_review_evidence(claim, [s for s in sources if s.claim_reviews]))
    return evidence


def _review_evidence(claim: Claim, sources: list[Source]) -> list[Evidence]:
    """A fact-checker's ClaimReview of the same claim is evidence of its own kind: its rating decides
    the side, its similarity to the claim the weight."""
    if not sources:
        return []
    cf = features(claim.text, claim.language, claim.quantities)
    out = []
    for src in sources:
        for review in src.claim_reviews:
            rf = features(review.claim_reviewed, review.language or detect_language(review.claim_reviewed))
            similarity = 0.5 * term_coverage(cf, rf) + 0.5 * fuzz.token_set_ratio(cf.term_string, rf.term_string)
            numbers, detail = compare_quantities(cf.quantities, rf.quantities, same_measure(cf, rf),
                                                 same_period(cf, rf))
            if similarity < _REVIEW_MIN_SIMILARITY or numbers == "disagree":
                continue  # another claim, or the same words with other figures
            stance = "contradicts" if RATING_AGAINST.search(review.rating) else \
                "supports" if _RATING_FOR.search(review.rating) else "neutral"
            out.append(Evidence(
                claim_id=claim.id, source_id=src.id, url=review.url or src.final_url or src.url,
                sentence=f"{review.reviewer or 'A fact-checker'} rated \"{review.claim_reviewed}\": {review.rating}",
                span=(0, 0), score=round(similarity, 1), lexical=round(similarity, 1),
                entities=entity_coverage(cf, rf), numbers=numbers, number_detail=detail, negation=False,
                stance=stance, kind="review"))
    return out


def _best_per_source(claim: Claim, cf: Features, cands: list[_Sentence], fuzzy: np.ndarray,
                     essential: frozenset[str], settings: Settings) -> list[Evidence]:
    scored: dict[str, list[Evidence]] = defaultdict(list)
    # The verdict model weighs relevance itself: it sees every candidate, not only those over the thresholds.
    min_lexical, min_score = (0.0, 0.0) if settings.decide_model else (settings.match_min_lexical,
                                                                       settings.match_min_score)
    subject = _subject(cf)
    for cand, fz in zip(cands, fuzzy):
        sf = cand.features
        lexical = 0.6 * term_coverage(cf, sf) + 0.4 * float(fz)
        numbers, detail = compare_quantities(cf.quantities, sf.quantities, same_measure(cf, sf), same_period(cf, sf)) \
            if cf.quantities and sf.quantities and _about(subject, sf, cand) else ("none", "")
        if lexical < min_lexical and numbers != "agree" \
                and not any(named(k, sf.entities) for k in cf.entities):
            continue
        if settings.decide_model and not _about(subject, sf, cand, figures=False):
            continue  # the model weighs relevance, but only among sentences about the claim's subject
        ent = max(entity_coverage(cf, sf), settings.match_context_entities * _coverage(cf.entities, cand.context))
        weights = [(settings.match_weight_lexical, lexical),
                   (settings.match_weight_entities if cf.entities else 0.0, ent),
                   (settings.match_weight_numbers if cf.figures else 0.0,
                    100.0 if numbers in ("agree", "disagree") else 0.0)]
        score = sum(w * v for w, v in weights) / sum(w for w, _ in weights)
        if score < min_score:
            continue
        negation = cf.negated != sf.negated_for(cf)
        opposite = cf.opposes(sf) and not (numbers == "agree" and _level_meets_change(cf, sf))
        if not cf.figures and predicate_coverage(cf, sf) < settings.match_min_predicate:
            score = min(score, settings.decide_min_support - 1)  # on topic, but not on the claim's matter
        stance = _stance(cf, numbers, negation or opposite, score, settings) \
            if all(_names_essential(k, cf, sf, cand.context) for k in essential) else "neutral"
        scored[cand.source.id].append(Evidence(
            claim_id=claim.id, source_id=cand.source.id, url=cand.source.final_url or cand.source.url,
            sentence=sf.text, span=cand.span, score=round(score, 1), lexical=round(lexical, 1),
            entities=round(ent, 1), numbers=numbers, number_detail=detail, negation=negation, stance=stance,
            opposite=opposite))
    out: list[Evidence] = []
    for items in scored.values():
        items.sort(key=lambda e: (e.stance != "neutral", e.score), reverse=True)
        out.extend(items[: settings.match_top_k])
    return out


@dataclass(frozen=True)
class _Subject:
    """What a claim is about, worked out once per claim: its entities and the terms of their names, the
    month or year it names, and its terms beyond figures, time and light words."""

    entities: frozenset[str]
    names: frozenset[str]
    when: When
    topic: frozenset[str]


def _subject(claim: Features) -> _Subject:
    return _Subject(claim.entities, claim.names, when_of(claim.text), _topic_terms(claim))


def _about(claim: _Subject, sentence: Features, cand: _Sentence, figures: bool = True) -> bool:
    """Whether a sentence speaks of the claim's subject at all, before its figures are compared (and,
    for the verdict model, before it is evidence): it or its source names one of the claim's entities;
    or it names the claim's month or year; or, for a claim that names no entity, it shares terms with
    the claim beyond figures, time and light words. A figure that matches alone is no evidence: "1,6
    Milliarden Euro" for refugees is not "1,9 Milliarden Euro" of a carmaker's profit, nor "zwei Prozent"
    of social spending a chip maker's 2.1 percent."""
    if any(named(k, sentence.entities) or named(k, cand.context) for k in claim.entities):
        return True
    # (A German page's entity finder misses names it does not know, which are capitalised like every
    # noun there: the words of the claim's names in the page do as well.)
    if claim.names & (sentence.terms | cand.source_terms):
        return True
    # Both name the same month or year: "UK inflation fell to 2.0% in May 2024" and "The Consumer Prices
    # Index rose by 2.0% in the 12 months to May 2024" share a period, not a word.
    said = claim.when
    if said.months or said.years:
        theirs = when_of(sentence.text)
        if said.months and said.months & theirs.months or not said.months and said.years & theirs.years:
            return True
    if claim.entities:
        return False  # a claim about Barclays is not about a page that never names it
    # Else, before figures are compared, two of its terms beyond figures and time, one at least in the
    # sentence itself and the other perhaps elsewhere on its page ("Die Kosten beliefen sich auf 870
    # Millionen Euro" on a page about the Elbbrücke): one shared word is chance ("launched" and
    # "vorgestellt"), and a claim of nothing but a figure ("including 12 freight") is about nothing a page
    # could be checked for. The verdict model, which weighs how much is shared, sees a sentence sharing one.
    topic = claim.topic
    if not figures:
        return not topic or bool(topic & sentence.terms)
    shared = topic & (sentence.terms | cand.source_terms)
    return bool(topic & sentence.terms) and len(shared) >= min(len(topic), 2)


def _topic_terms(claim: Features) -> frozenset[str]:
    """What a claim is about: its terms but those of its figures ("Milliarden", "Prozent", "Euro"), of
    time and of light words."""
    figure_words = frozenset().union(*(concept_terms(q.text, claim.language) for q in claim.quantities)) \
        if claim.quantities else frozenset()
    return claim.terms - figure_words - _GENERIC - _LIGHT_WORDS


def _names_essential(key: str, claim: Features, sentence: Features, context: frozenset[str]) -> bool:
    """Whether a sentence speaks of a person or place the claim names: it names it; or its source does
    and the sentence names no other place ("in Deutschland" is not about France, whatever else the
    page says); or the source names no place at all."""
    if named(key, sentence.entities):
        return True
    elsewhere = any(_PLACE_KEY.fullmatch(k) and not named(k, claim.entities) for k in sentence.entities)
    return not elsewhere and (named(key, context) or _silent_on_places(key, context))


_PLACE_KEY = re.compile(r"[A-Z]{2}(?:-\w+)?|geo:\d+")


def _silent_on_places(key: str, context: frozenset[str]) -> bool:
    """A country or place the claim names, where the source names none at all: it is silent on where,
    it does not say somewhere else ("Retail sales increased 0.4% in March, the Commerce Department
    said" for a claim about U.S. retail sales)."""
    return bool(_PLACE_KEY.fullmatch(key)) and not any(_PLACE_KEY.fullmatch(k) for k in context)


def _stance(cf: Features, numbers: str, against: bool, score: float, settings: Settings) -> str:
    """``against``: one side is negated, or says the figure moved the other way."""
    if score < settings.decide_min_support or numbers == "other-period":
        return "neutral"  # a figure for another quarter or year is no evidence for this one
    if numbers == "disagree" or against:
        return "contradicts"
    if numbers == "agree" or not cf.figures:  # a claim with no figure but its dates needs none to agree
        return "supports"
    return "neutral"  # the sentence is on topic but does not state the claim's figure

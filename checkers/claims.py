"""split_claims: an article's sentences -> atomic, self-contained claims, each judged check-worthy or not.

Rules, in order, for each sentence:
1. Sentence-level drops with a reason: questions, headlines (a line without closing punctuation),
   exclamations, lead-ins ending in ':', calls to action, predictions.
2. Clauses: split at ':' and ' - ' between clauses, ', während'/', while', ', gefolgt von'/
   ', followed by', and at 'und'/'and' when both sides are clauses (a right side that begins with a
   lower-case word borrows the left side's subject).
3. Lists: "in Brasilien, Frankreich und den Niederlanden" -> one claim per member.
4. Self-contained: "das Unternehmen", "die Aktie", "the company", "its shares" name the article's main
   subject; "die Zusammenarbeit" names the subject and the last other organisation named.
5. A clause is check-worthy only with a checkable anchor: a figure, an entity other than the main
   subject, or a list of named items. What is left is commentary ("geht in die Offensive").
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter

from checkers.entities import find_entities
from checkers.quantities import parse_quantities
from checkers.records import Article, Claim, Entity
from checkers.text import split_sentences, words

_CALL_TO_ACTION = re.compile(
    r"\b(?:hier weiterlesen|weiterlesen|jetzt (?:kaufen|lesen|anmelden|abonnieren)|gratis|kostenlos(?:e|en)?\s+"
    r"(?:analyse|report)|erfahren sie|lesen sie|melden sie sich|klicken sie|abonnieren|newsletter|"
    r"read more|click here|sign up|subscribe|download (?:the|our)|buy now|free report)\b",
    re.IGNORECASE,
)
_SECOND_PERSON = re.compile(r"(?<!^)(?<![.!?:]\s)\b(?:Sie|Ihnen|Ihr|Ihre)\b")
_PREDICTION = re.compile(
    r"\b(?:dürfte[n]?|könnte[n]?|wird\s+(?:\w+\s+){0,6}(?:werden|sein|müssen)|werden\s+(?:\w+\s+){1,6}werden|"
    r"nächste[nrs]?\s+(?:Quartal\w*|Jahr\w*|Monat\w*|Woche\w*|Geschäftsjahr\w*)|künftig\w*|will\s+(?:\w+\s+){0,3}be|is expected to|are expected to|could|might|"
    r"next (?:quarter|year|month)|expects? to|forecasts?|prognostiziert|erwartet)\b",
    re.IGNORECASE,
)
_CLAUSE_SPLIT = re.compile(
    r"\s*:\s+(?=[A-ZÄÖÜ\"„])|\s+[-–—]\s+|,\s+(?=(?:während|wohingegen|gefolgt von|sowie|while|whereas|"
    r"followed by)\b)",
)
_AND_SPLIT = re.compile(r"\s+(?:und|and)\s+")
_LEADING_CONNECTOR = re.compile(r"^(?:jedoch|während|wohingegen|gefolgt von|sowie|while|whereas|followed by|und|and|also|doch)\s+",
                                re.IGNORECASE)
_LIST = re.compile(
    r"(?P<first>(?:den\s+|die\s+|der\s+|the\s+)?[A-ZÄÖÜ][\w-]*(?:\s[A-ZÄÖÜ][\w-]*)?)"
    r"(?P<rest>(?:,\s(?:den\s+|die\s+|der\s+|the\s+)?[A-ZÄÖÜ][\w-]*(?:\s[A-ZÄÖÜ][\w-]*)?)*,?\s(?:und|and|sowie|oder|or)\s"
    r"(?:den\s+|die\s+|der\s+|the\s+)?[A-ZÄÖÜ][\w-]*(?:\s[A-ZÄÖÜ][\w-]*)?)"
)
_SUCH_AS_LIST = re.compile(
    r"\b(?P<lead>wie|such as|including|darunter|etwa)\s+(?P<a>(?:[a-zäöü]\w+\s)?[A-ZÄÖÜ]?\w+(?:\s\w+)?)\s+"
    r"(?:und|and)\s+(?P<b>(?:[a-zäöü]\w+\s)?[A-ZÄÖÜ]\w+)"
)
_REFERENCES = {
    "de": [
        (r"\bdes Unternehmens\b|\bdes Konzerns\b", "von {main}"),
        (r"\b(?:das|dem) Unternehmen\b|\b(?:der|dem) Konzern\b", "{main}"),
        (r"\b[Dd]ie Aktie\b", "die {main}-Aktie"),
        (r"\b[Dd]er Aktie\b", "der {main}-Aktie"),
        (r"\b[Dd]ie (?:Zusammenarbeit|Partnerschaft|Kooperation)\b", "die Zusammenarbeit von {main}{partner}"),
    ],
    "en": [
        (r"\b[Tt]he (?:company|group|firm)'s\b|\b[Ii]ts\b(?= shares| stock| revenue| cloud)", "{main}'s"),
        (r"\b[Tt]he (?:company|group|firm)\b", "{main}"),
        (r"\b[Tt]he (?:stock|shares)\b", "{main}'s shares"),
        (r"\b[Tt]he (?:partnership|collaboration|deal)\b", "the partnership of {main}{partner}"),
    ],
}


def split_claims(article: Article) -> list[Claim]:
    sentences = split_sentences(article.text, article.language)
    main = main_subject(article, [s for _, _, s in sentences])
    claims: list[Claim] = []
    last_other_org: str | None = None
    for start, end, sentence in sentences:
        line = _line_of(article.text, start, end)
        reason = _sentence_reason(sentence, line, article.language)
        rows: list[tuple[str, bool, str | None]]
        if reason:
            rows = [(sentence, False, reason)]
        else:
            rows = []
            for clause in _clauses(sentence):
                members = _atomise(clause)
                for member in members:
                    for part in _split_and(member, main):
                        text = _resolve(part, article.language, main, last_other_org)
                        rows.append((text, *_anchor_reason(text, article.language, main, len(members) > 1)))
        for text, worthy, why in rows:
            ents = find_entities(text, article.language)
            claims.append(Claim(
                id=_claim_id(article.id, start, text), article_id=article.id, position=len(claims),
                sentence=sentence, span=(start, end), text=text, language=article.language,
                checkworthy=worthy, reason=why,
                quantities=parse_quantities(text, article.language) if worthy else (),
                entities=ents if worthy else (),
            ))
        for ent in find_entities(sentence, article.language):
            if ent.kind == "org" and main and ent.key != main.casefold():
                last_other_org = ent.text
    return claims


def main_subject(article: Article, sentences: list[str] | None = None) -> str | None:
    """The organisation the article is about: named in the most sentences, the title counting double."""
    if sentences is None:
        sentences = [s for _, _, s in split_sentences(article.text, article.language)]
    counts: Counter[str] = Counter()
    names: dict[str, str] = {}
    for text, weight in ((article.title, 1), *((s, 1) for s in sentences)):
        for ent in find_entities(text, article.language):
            if ent.kind == "org":
                counts[ent.key] += weight
                names.setdefault(ent.key, ent.text)
    if not counts:
        return None
    return names[counts.most_common(1)[0][0]]


def _line_of(text: str, start: int, end: int) -> str:
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    return text[ls:le if le >= 0 else len(text)].strip()


def _sentence_reason(sentence: str, line: str, language: str) -> str | None:
    s = sentence.rstrip()
    if s.endswith("?") or s.endswith("?!") or s.endswith("!?"):
        return "question"
    if _CALL_TO_ACTION.search(s) or _SECOND_PERSON.search(s):
        return "call to action or advertising"
    if s.endswith("!"):
        return "exclamation or hype"
    if s.endswith(":"):
        return "lead-in without an assertion"
    if line == s and not re.search(r"[.!?…\"”“»]$", s):
        return "headline or section title"
    if _PREDICTION.search(s):
        return "prediction or outlook"
    return None


def _clauses(sentence: str) -> list[str]:
    parts = (_LEADING_CONNECTOR.sub("", p.strip(" ,;")).strip() for p in _CLAUSE_SPLIT.split(sentence.rstrip(" .")))
    return [p for p in parts if p]


_DETERMINERS = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen", "the", "a", "an"}


# Words that open a phrase but never a verb phrase: "and to two sites", "and battery storage".
_NOT_VERBS = {"to", "in", "on", "at", "for", "with", "from", "of", "by", "zu", "in", "an", "auf", "mit", "von",
              "für", "bei", "im", "am", "zum", "zur", "nicht", "not", "also", "auch"}


def _split_and(clause: str, main: str | None) -> list[str]:
    """Split "X tat A und tat B" in two when both sides are clauses, not coordinated noun phrases.

    A right side that starts with a lower-case word other than a determiner is a verb phrase that
    shares the left side's subject: the noun phrase the left side opens with, or the main subject.
    """
    for m in _AND_SPLIT.finditer(clause):
        left, right = clause[:m.start()], clause[m.end():]
        first = right.split(maxsplit=1)[0] if right.strip() else ""
        if len(words(left)) < 4 or len(words(right)) < 4 or first.lower() in _DETERMINERS:
            continue
        if first.lower() in _NOT_VERBS:
            continue
        if first[:1].islower():
            subject = _subject_of(left) or main
            if not subject:
                continue
            right = f"{subject} {right}"
        elif len(words(right)) < 6:
            continue
        return [left, *_split_and(right, main)]
    return [clause]


def _subject_of(clause: str) -> str | None:
    """The noun phrase a clause opens with ("Die Aktie", "The cloud unit"), if it opens with one."""
    tokens = clause.split()
    if not tokens or tokens[0].lower() not in _DETERMINERS:
        return None
    taken = [tokens[0]]
    for w in tokens[1:6]:
        taken.append(w)
        if w[:1].isupper():
            return " ".join(taken)
    return None


def _resolve(clause: str, language: str, main: str | None, partner: str | None) -> str:
    if not main:
        return clause
    joiner = " und " if language == "de" else " and "
    partner_text = f"{joiner}{partner}" if partner else ""
    for pattern, replacement in _REFERENCES.get(language, []):
        clause = re.sub(pattern, replacement.format(main=main, partner=partner_text), clause, count=1)
    if main.casefold() not in clause.casefold():
        clause = f"{main}: {clause[:1].upper()}{clause[1:]}"  # context a reader and a search need
    return clause


def _atomise(clause: str) -> list[str]:
    """One claim per member of a coordinated list of names or of "such as A and B"."""
    m = _LIST.search(clause)
    if m:
        members = re.split(r",\s|\s(?:und|and|sowie|oder|or)\s", m.group())
        members = [x.strip(" ,") for x in members if x.strip(" ,")]
        if len(members) >= 2:
            return [clause[:m.start()] + member + clause[m.end():] for member in members]
    m = _SUCH_AS_LIST.search(clause)
    if m:
        return [clause[:m.start("a")] + m.group(x) + clause[m.end("b"):] for x in ("a", "b")]
    return [clause]


def _anchor_reason(text: str, language: str, main: str | None, is_list_member: bool) -> tuple[bool, str | None]:
    if parse_quantities(text, language):
        return True, None
    ents: tuple[Entity, ...] = find_entities(text, language)
    others = [e for e in ents if not main or e.key != main.casefold()]
    if others or (is_list_member and ents):
        return True, None
    if is_list_member:
        return True, None
    return False, "no checkable detail (no figure or named entity beyond the article's subject)"


def _claim_id(article_id: str, start: int, text: str) -> str:
    return hashlib.sha256(f"{article_id}:{start}:{text}".encode()).hexdigest()[:16]

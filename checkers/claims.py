"""split_claims: an article's sentences -> atomic, self-contained claims, each judged check-worthy or not.

For each sentence:
1. Sentence-level drops with a reason: questions, headlines and section titles (a line without closing
   punctuation), datelines, exclamations, lead-ins ending in ':', calls to action and advertising,
   quotations, predictions, beliefs.
2. Atomic clauses (``checkers.clauses``): clause boundaries, relative clauses, appositive figures,
   gapping, coordinated verb and prepositional phrases, lists of named things.
3. Roles: "CEO Eddie Wu", "chief financial officer Daniel Reyes" also yield "Eddie Wu ist CEO von
   Alibaba" / "Daniel Reyes is chief financial officer of Harbor Grid".
4. Self-contained: "das Unternehmen", "die Aktie", "the company", "its shares" name the article's main
   subject; "die Zusammenarbeit" names the subject and the last other organisation named; a sentence-
   initial "Sie"/"Er"/"She"/"He" names the last person named; a claim that still does not name the main
   subject is prefixed with it ("Alibaba: ...").
5. A clause is check-worthy only with a checkable anchor: a figure, a date, an entity other than the main
   subject, or a list of named things. What is left is commentary ("geht in die Offensive").
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter

from checkers.clauses import DATELINE, atomise, split_clauses
from checkers.entities import ROLE_WORDS, find_entities, is_adjective, named
from checkers.quantities import parse_quantities
from checkers.records import Article, Claim
from checkers.text import split_sentences

_CALL_TO_ACTION = re.compile(
    r"\b(?:hier weiterlesen|weiterlesen|jetzt (?:kaufen|lesen|anmelden|abonnieren)|gratis|kostenlos(?:e|en)?\s+"
    r"(?:analyse|report)|erfahren sie|lesen sie|melden sie sich|klicken sie|abonnieren|newsletter|"
    r"read more|click here|sign up|subscribe|download (?:the|our)|buy now|free report)\b",
    re.IGNORECASE,
)
_SECOND_PERSON = re.compile(r"(?<!^)(?<![.!?:]\s)\b(?:Sie|Ihnen|Ihr|Ihre)\b|\b(?:you|your)\b")
_PREDICTION = re.compile(
    r"\b(?:dürfte[n]?|könnte[n]?|wird\s+(?:\w+\s+){0,6}(?:werden|sein|müssen)|werden\s+(?:\w+\s+){1,6}werden|"
    r"nächste[nrs]?\s+(?:Quartal\w*|Jahr\w*|Monat\w*|Woche\w*|Geschäftsjahr\w*)|künftig\w*|"
    r"will\s+(?:\w+\s+){0,3}be|is expected to|are expected to|could|might|next (?:quarter|year|month)|"
    r"expects?|predicts?|forecasts?|prognostiziert|erwartet|rechnet mit)\b",
    re.IGNORECASE,
)
_BELIEF = re.compile(r"\b(?:ist überzeugt|sind überzeugt|glaubt|meint|hofft|is convinced|believes?|hopes?|"
                     r"it seems|scheint)\b", re.IGNORECASE)
_QUOTE_OPEN = "\"„“»‚'"
_ATTRIBUTION = re.compile(r"\b(?:sagte|sagt|erklärte|so|schrieb|betonte|said|says|wrote|added|told)\b")
_DATE = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b|\b(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|"
                   r"Oktober|November|Dezember|January|February|March|June|July|October|December)\b")
_PRONOUN = re.compile(r"^(?:Sie|Er|She|He)\s+(?=(?:ist|war|hat|leitet|führt|is|was|has|leads|runs)\b)")
_ROLE = re.compile(rf"\b(?P<role>{ROLE_WORDS})\s+(?P<name>[A-ZÄÖÜ][\w'-]+(?:\s+[A-ZÄÖÜ][\w'-]+){{1,2}})"
                   r"(?:\s+(?:of|at|von|bei)\s+(?P<org>[A-ZÄÖÜ][\w&-]+(?:\s+[A-ZÄÖÜ][\w&.-]+)*))?")
_REFERENCES = {
    "de": [
        (r"\bdes Unternehmens\b|\bdes Konzerns\b", "von {main}"),
        (r"\b(?:[Dd]as|[Dd]em) Unternehmen\b|\b(?:[Dd]er|[Dd]em|[Dd]en) Konzern\b", "{main}"),
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
NO_ANCHOR = "no checkable detail (no figure, date or named entity beyond the article's subject)"


def split_claims(article: Article) -> list[Claim]:
    sentences = split_sentences(article.text, article.language)
    main = main_subject(article, [s for _, _, s in sentences])
    lang = article.language
    claims: list[Claim] = []
    context = {"org": None, "person": None}  # the last other organisation and person named
    for start, end, sentence in sentences:
        reason = _sentence_reason(sentence, _line_of(article.text, start, end))
        rows: list[tuple[str, bool, str | None]] = []
        if reason:
            rows.append((sentence, False, reason))
        else:
            for text in _role_claims(sentence, lang, main):
                rows.append((text, True, None))
            for clause in split_clauses(sentence, lang, main):
                members = atomise(clause, lang)
                for member in members:
                    text = _resolve(member, lang, main, context)
                    rows.append((text, *_anchor_reason(text, lang, main, len(members) > 1)))
        for text, worthy, why in rows:
            claims.append(Claim(
                id=_claim_id(article.id, start, text), article_id=article.id, position=len(claims),
                sentence=sentence, span=(start, end), text=text, language=lang, checkworthy=worthy, reason=why,
                quantities=parse_quantities(text, lang) if worthy else (),
                entities=find_entities(text, lang) if worthy else (),
            ))
        for ent in find_entities(sentence, lang):
            if ent.kind == "org" and main and ent.key != main.casefold():
                context["org"] = ent.text
            elif ent.kind == "person":
                context["person"] = ent.text
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
    # "Northwind Silicon" and "Northwind" are one company: a longer form counts for its short form.
    for key in sorted(counts, key=len, reverse=True):
        short = next((k for k in counts if len(k) < len(key) and named(k, frozenset({key}))), None)
        if short:
            counts[short] += counts.pop(key)
    return names[counts.most_common(1)[0][0]]


def _line_of(text: str, start: int, end: int) -> str:
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    return text[ls:le if le >= 0 else len(text)].strip()


def _sentence_reason(sentence: str, line: str) -> str | None:
    s = sentence.rstrip()
    if s.endswith(("?", "?!", "!?")):
        return "question"
    if _CALL_TO_ACTION.search(s) or _SECOND_PERSON.search(s):
        return "call to action or advertising"
    if s.endswith("!"):
        return "exclamation or hype"
    if s.endswith(":"):
        return "lead-in without an assertion"
    if DATELINE.match(s):
        return "dateline"
    if line == s and not re.search(r"[.!?…\"”“»]$", s):
        return "headline or section title"
    if s[:1] in _QUOTE_OPEN and _ATTRIBUTION.search(s):
        return "quotation"
    if _PREDICTION.search(s):
        return "prediction or outlook"
    if _BELIEF.search(s):
        return "opinion or belief"
    return None


def _role_claims(sentence: str, language: str, main: str | None) -> list[str]:
    """ "Finanzvorstand Markus Brenner bezifferte ..." -> "Markus Brenner ist Finanzvorstand von Musterwerk"."""
    out = []
    for m in _ROLE.finditer(sentence):
        role = m.group("role")
        if role.lower().rstrip(".") in {"mr", "mrs", "ms", "herr", "frau"}:
            continue
        org = m.group("org") or main
        if not org:
            continue
        org = re.sub(r"\s+(?:Inc|Corp|Ltd|AG|SE|GmbH|plc)\.?$", "", org)
        if language == "de":
            out.append(f"{m.group('name')} ist {role} von {org}")
        else:
            out.append(f"{m.group('name')} is {role} {'at' if m.group('org') else 'of'} {org}")
    return out


def _resolve(clause: str, language: str, main: str | None, context: dict[str, str | None]) -> str:
    if context.get("person"):
        clause = _PRONOUN.sub(f"{context['person']} ", clause, count=1)
    if not main:
        return clause
    joiner = " und " if language == "de" else " and "
    partner = f"{joiner}{context['org']}" if context.get("org") else ""
    for pattern, replacement in _REFERENCES.get(language, []):
        clause = re.sub(pattern, replacement.format(main=main, partner=partner), clause, count=1)
    if main.casefold() not in clause.casefold():
        clause = f"{main}: {clause[:1].upper()}{clause[1:]}"  # context a reader and a search need
    return clause


def _anchor_reason(text: str, language: str, main: str | None, is_list_member: bool) -> tuple[bool, str | None]:
    if DATELINE.match(text.split(": ", 1)[-1]):
        return False, "dateline"
    if is_list_member or parse_quantities(text, language) or _DATE.search(text):
        return True, None
    if any(not (main and named(e.key, frozenset({main.casefold()}))) and not is_adjective(e)
           for e in find_entities(text, language)):
        return True, None
    return False, NO_ANCHOR


def _claim_id(article_id: str, start: int, text: str) -> str:
    return hashlib.sha256(f"{article_id}:{start}:{text}".encode()).hexdigest()[:16]

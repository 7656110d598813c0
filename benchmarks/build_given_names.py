"""Rebuild ``checkers/data/given_names.txt``: the words a person's name opens with, from Faker's person
providers (MIT licence; its lists come from national name statistics): the given names of every locale
written in Latin script, romanised Chinese and Japanese given names, and romanised Chinese surnames (a
Chinese name opens with the surname).

A capitalised pair of words that opens with one of these names is read as a person ("Wild coach Bruce
Boudreau" -> "Bruce Boudreau is Wild coach"), where a dictionary word alone cannot tell a person from a
company ("maker Kessler Robotics").

    .venv/bin/pip install -c constraints.txt faker     # a build dependency only (in the test extra)
    .venv/bin/python benchmarks/build_given_names.py [--check]

``--check`` rebuilds the list in memory and fails if it differs from the shipped file.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
from pathlib import Path

import faker
import faker.providers.person
from rebuild import write_or_check

OUT = Path(__file__).resolve().parents[1] / "checkers" / "data" / "given_names.txt"
# Latin letters (with the diacritics of European languages), and a hyphen or apostrophe inside.
_LATIN_NAME = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]+(?:[-'][A-ZÀ-ÖØ-ÞĀ-Ža-zß-öø-ÿā-ž][a-zß-öø-ÿā-ž]+)?")


def given_names() -> list[str]:
    names: set[str] = set()
    for module in pkgutil.iter_modules(faker.providers.person.__path__):
        provider = getattr(importlib.import_module(f"faker.providers.person.{module.name}"), "Provider", None)
        if provider is None:
            continue
        attrs = ["first_names", "first_names_male", "first_names_female", "first_romanized_names",
                 "first_romanized_names_male", "first_romanized_names_female"]
        if module.name.startswith("zh_"):
            attrs.append("last_romanized_names")  # a Chinese name opens with the surname: "Xi Jinping", "Fan Hui"
        for attr in attrs:
            values = provider.__dict__.get(attr)  # the locale's own list, not one it inherits
            if isinstance(values, (list, tuple, dict)):
                names.update(n for n in values if isinstance(n, str) and _LATIN_NAME.fullmatch(n))
    return sorted(names)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true", help="fail if the shipped list is not what this rebuilds")
    args = parser.parse_args()
    names = given_names()
    text = (f"# Given names of Faker {faker.VERSION} person providers (Latin script, romanised Chinese and Japanese;\n"
            "# romanised Chinese surnames), MIT licence.\n"
            "# Rebuilt exactly by benchmarks/build_given_names.py.\n" + "\n".join(names) + "\n")
    write_or_check(OUT, text, args.check, f"{len(names)} given names -> {OUT}")


if __name__ == "__main__":
    main()

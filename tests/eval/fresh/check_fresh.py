#!/usr/bin/env python3
"""Sanity check for fresh.jsonl (standard library only). Run: python3 check_fresh.py"""
import collections
import json
import os
import re
import sys

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh.jsonl")
LABELS = ("supported", "contradicted", "mixed", "unverified")
EXPECTED = {"supported": 21, "contradicted": 15, "unverified": 17, "mixed": 7}
KEYS = {"id", "claim", "language", "evidence", "label"}

DE_WORDS = set("der die das und ist nicht mit von den dem des ein eine einer im auf für sich wurde wie nach bei zu hat sind auch noch mehr als sein seinen seine ihre neues neue es dass über".split())
EN_WORDS = set("the and of to in is was for on with that by from has its it are were said after than have which".split())
ABBREV = re.compile(r"(?:^|\s)(?:Mio|Mrd|Dr|Nr|St|bzw|z\.B|u\.a|ca|U\.S|a\.m|p\.m|Co)\.$")


def text_lang(text):
    """Crude stopword vote; umlauts/ß break ties. Returns 'de', 'en' or None."""
    words = re.findall(r"[a-zäöüß]+", text.lower())
    de = sum(w in DE_WORDS for w in words)
    en = sum(w in EN_WORDS for w in words)
    if de == en:
        return "de" if re.search(r"[äöüß]", text.lower()) else None
    return "de" if de > en else "en"


def sentences(text):
    # rough: split after . ! ? (optionally followed by a closing quote) before an upper-case start
    parts = re.split(r"(?<=[.!?])[“”\"]?\s+(?=[A-ZÄÖÜ„“\"])", text)
    count = 0
    for i, p in enumerate(parts):
        if i > 0 and (re.search(r"(?<![\d.,])\d{1,2}\.$", parts[i - 1]) or ABBREV.search(parts[i - 1])):
            continue  # "1. Januar", "Mio. Euro" are not sentence ends
        count += 1
    return count


def main():
    errors, warnings = [], []
    rows = []
    with open(PATH, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                errors.append(f"line {ln}: invalid JSON ({exc})")
    assert not errors, errors
    assert len(rows) == 120, f"expected 120 items, got {len(rows)}"
    ids = [r.get("id") for r in rows]
    assert len(set(ids)) == 120, "ids are not unique"
    want_ids = {f"fr-{l}-{i:03d}" for l in ("de", "en") for i in range(1, 61)}
    assert set(ids) == want_ids, f"unexpected ids: {sorted(set(ids) ^ want_ids)[:10]}"

    counts = collections.Counter()
    questions = collections.Counter()
    cross = collections.Counter()
    mixed_lang_evidence = collections.Counter()
    n_ev = collections.Counter()
    text_use = collections.Counter()
    for r in rows:
        iid = r["id"]
        if set(r) != KEYS:
            errors.append(f"{iid}: keys {sorted(r)}")
        lang = r["language"]
        if lang not in ("de", "en") or not iid.startswith(f"fr-{lang}-"):
            errors.append(f"{iid}: bad language {lang!r}")
        if r["label"] not in LABELS:
            errors.append(f"{iid}: bad label {r['label']!r}")
        ev = r["evidence"]
        if not isinstance(ev, list) or not 1 <= len(ev) <= 4:
            errors.append(f"{iid}: needs 1-4 evidence texts")
            continue
        if len(set(ev)) != len(ev):
            errors.append(f"{iid}: duplicate evidence text within item")
        if not isinstance(r["claim"], str) or not r["claim"].strip():
            errors.append(f"{iid}: empty claim")
        if text_lang(r["claim"]) not in (lang, None):
            warnings.append(f"{iid}: claim language looks like {text_lang(r['claim'])}")
        n_ev[len(ev)] += 1
        for t in ev:
            text_use[t] += 1
            s = sentences(t)
            if not 3 <= s <= 10:
                warnings.append(f"{iid}: evidence text with ~{s} sentences: {t[:60]}...")
        counts[(lang, r["label"])] += 1
        if r["claim"].rstrip().endswith("?"):
            questions[lang] += 1
        ev_langs = {text_lang(t) for t in ev}
        if lang not in ev_langs:
            cross[lang] += 1
        elif len(ev_langs) > 1:
            mixed_lang_evidence[lang] += 1

    for lang in ("de", "en"):
        for label, n in EXPECTED.items():
            if counts[(lang, label)] != n:
                errors.append(f"{lang}/{label}: {counts[(lang, label)]} items, expected {n}")
    for t, n in text_use.items():
        if n > 2:
            errors.append(f"evidence text used {n} times (max 2): {t[:60]}...")

    for w in warnings:
        print("WARN", w)
    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)

    print("OK: 120 items, valid JSON, unique ids, 1-4 evidence texts each")
    for lang in ("de", "en"):
        print(f"{lang}: " + ", ".join(f"{l} {counts[(lang, l)]}" for l in LABELS)
              + f" | questions {questions[lang]} ({questions[lang] / 60:.0%})"
              + f" | cross-lingual (evidence only in other language) {cross[lang]} ({cross[lang] / 60:.0%})"
              + f" | evidence in both languages {mixed_lang_evidence[lang]}")
    print("evidence texts per item:", dict(sorted(n_ev.items())))
    print("texts reused across items:", sum(1 for n in text_use.values() if n > 1))


if __name__ == "__main__":
    main()

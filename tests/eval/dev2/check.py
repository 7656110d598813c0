#!/usr/bin/env python3
"""Validate dev2.jsonl (python3, standard library only)."""
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

PATH = Path(__file__).resolve().parent / "dev2.jsonl"
LABELS = {"supported": 28, "contradicted": 20, "unverified": 22, "mixed": 10}
KEYS = {"id", "claim", "language", "evidence", "label"}

DE_WORDS = set("der die das und ist nicht mit von den dem des für auf sich eine einer ein im zu auch wurde wie nach bei hat sind am war als seine ihre ihren wird werden haben über unter gegen rund stimmt dass".split())
EN_WORDS = set("the and of to is was for with that on it its by from as has were said which at are be".split())

ABBR = ("Mio.", "Mrd.", "Dr.", "bzw.", "z.B.", "ca.", "Nr.", "St.", "u.a.", "Prof.", "Co.")
NUMWORDS = re.compile(r"(prozent|percent|drittel|viertel|zehntel|fünftel|hälfte|halbiert|verdoppelt|verdreifacht|"
                      r"doubled|tripled|halved|million|milliard|billion|trillion|\bhalf\b|\bthird\b|\bquarter of\b|"
                      r"\bzehn\b|\bzwanzig\b|\bhundert|\btausend|\bten\b|\btwenty\b|\bhundred\b|\bthousand\b)", re.I)


def lang_of(text):
    toks = re.findall(r"[a-zäöüß]+", text.lower())
    de = sum(t in DE_WORDS for t in toks)
    en = sum(t in EN_WORDS for t in toks)
    if de == en:
        return "de" if re.search(r"[äöüß]|deutschland|prozent|stellen", text.lower()) else "en"
    return "de" if de > en else "en"


def sentences(text):
    t = text
    for a in ABBR:
        t = t.replace(a, a.replace(".", "§"))
    # German ordinals ("1. März", "75. Lebensjahr") are not sentence ends
    t = re.sub(r"(?<![\d.,])(\d{1,3})\.(?=\s+(Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|"
               r"September|Oktober|November|Dezember|Lebensjahr|Jahrhundert|Platz|Spieltag)\b)", r"\1§", t)
    parts = re.split(r"(?<=[.!?“\"])\s+(?=[A-ZÄÖÜ„\"0-9])", t)
    return [p.strip() for p in parts if p.strip()]


def has_figure(claim):
    c = claim.replace("/", " ")
    # years (1900-2099, also 2024/25) do not count as figures
    c = re.sub(r"\b(19|20)\d\d(-\d\d)?\b", " ", c)
    c = re.sub(r"\bfirst half\b|\bsecond half\b|\bersten halbjahr\b", " ", c, flags=re.I)
    return bool(re.search(r"\d", c)) or bool(NUMWORDS.search(c))


def main():
    errors, warnings = [], []
    recs = []
    for n, line in enumerate(PATH.read_text(encoding="utf-8").splitlines(), 1):
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: invalid JSON ({e})")
            continue
        if set(rec) != KEYS:
            errors.append(f"line {n}: keys {sorted(rec)}")
        recs.append(rec)

    if len(recs) != 160:
        errors.append(f"{len(recs)} items, expected 160")
    ids = [r.get("id") for r in recs]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids: " + ", ".join(i for i, c in Counter(ids).items() if c > 1))
    expected = {f"d2-{l}-{k:03d}" for l in ("de", "en") for k in range(1, 81)}
    if set(ids) != expected:
        errors.append(f"id set mismatch: missing {sorted(expected - set(ids))[:5]}, extra {sorted(set(ids) - expected)[:5]}")

    per_lang = defaultdict(Counter)
    stats = defaultdict(Counter)
    sent_owner = defaultdict(set)
    text_uses = Counter()
    for r in recs:
        iid, lang = r["id"], r["language"]
        if lang not in ("de", "en") or not iid.startswith(f"d2-{lang}-"):
            errors.append(f"{iid}: language {lang!r} does not match id")
        if r["label"] not in LABELS:
            errors.append(f"{iid}: bad label {r['label']!r}")
        per_lang[lang][r["label"]] += 1
        if not isinstance(r["claim"], str) or not r["claim"].strip():
            errors.append(f"{iid}: empty claim")
        if lang_of(r["claim"]) != lang:
            warnings.append(f"{iid}: claim language looks like {lang_of(r['claim'])}")
        ev = r["evidence"]
        if not isinstance(ev, list) or not 1 <= len(ev) <= 4:
            errors.append(f"{iid}: {len(ev) if isinstance(ev, list) else 'no'} evidence texts")
            continue
        if len(set(ev)) != len(ev):
            errors.append(f"{iid}: repeated evidence text within item")
        ev_langs = set()
        for j, t in enumerate(ev):
            if not isinstance(t, str) or not t.strip():
                errors.append(f"{iid}: empty evidence {j}")
                continue
            ns = len(sentences(t))
            if not 3 <= ns <= 9:
                errors.append(f"{iid}: evidence {j} has {ns} sentences")
            ev_langs.add(lang_of(t))
            text_uses[t] += 1
            for s in sentences(t):
                if len(s) > 40:
                    sent_owner[s].add(iid)
            if r["claim"].rstrip("?.").lower() in t.lower():
                warnings.append(f"{iid}: claim appears verbatim in evidence {j}")
        q = r["claim"].strip().endswith("?")
        fig = has_figure(r["claim"])
        xl = ev_langs == {"en" if lang == "de" else "de"}
        both = len(ev_langs) == 2
        s = stats[lang]
        s["items"] += 1
        s["questions"] += q
        s["figureless"] += not fig
        s["cross_lingual"] += xl
        s["mixed_language_evidence"] += both
        s["evidence_texts"] += len(ev)
        s[f"n_evidence={len(ev)}"] += 1

    for lang in ("de", "en"):
        for lab, want in LABELS.items():
            if per_lang[lang][lab] != want:
                errors.append(f"{lang}: {per_lang[lang][lab]} {lab}, expected {want}")
    for t, c in text_uses.items():
        if c > 2:
            errors.append(f"evidence text used {c} times: {t[:60]}...")
    for s, owners in sent_owner.items():
        if len(owners) > 1 and not any(text_uses[t] > 1 and s in t for t in text_uses):
            warnings.append(f"sentence shared by {sorted(owners)}: {s[:70]}...")

    for lang in ("de", "en"):
        s = stats[lang]
        n = s["items"] or 1
        print(f"[{lang}] labels: " + ", ".join(f"{k}={per_lang[lang][k]}" for k in LABELS))
        print(f"[{lang}] questions={s['questions']} ({s['questions']/n:.0%}), "
              f"figureless={s['figureless']} ({s['figureless']/n:.0%}), "
              f"cross-lingual={s['cross_lingual']} ({s['cross_lingual']/n:.0%}), "
              f"mixed-language evidence={s['mixed_language_evidence']}, "
              f"evidence texts={s['evidence_texts']} "
              f"(1:{s['n_evidence=1']} 2:{s['n_evidence=2']} 3:{s['n_evidence=3']} 4:{s['n_evidence=4']})")
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

import json, random, re, sys
sys.path.insert(0, '.')
import de_s, de_c, de_u, de_m, en_s, en_c, en_u, en_m

DE_WORDS = set("der die das und ist im den dem des nicht mit sich auf für von zu hat wurde nach eine einer einen ein über auch wie bei als sind wird noch".split())
def lang_of(text):
    toks = re.findall(r"[a-zäöüß]+", text.lower())
    de = sum(t in DE_WORDS for t in toks)
    en = sum(t in {"the","and","of","to","is","was","for","on","with","said","its","by","from","a","an","at","as","has"} for t in toks)
    return "de" if de > en else "en"

import pool_de, pool_en
POOLS = {"de": pool_de.POOL, "en": pool_en.POOL}
USAGE = {}
K_DIST = {1: [0.42, 0.38, 0.15, 0.05], 2: [0.55, 0.33, 0.12], 3: [0.6, 0.4], 4: [1.0]}
def add_distractors(rng, lang, ev):
    other = "en" if lang == "de" else "de"
    langs = {lang_of(e) for e in ev}
    probs = K_DIST[len(ev)]
    k = rng.choices(range(len(probs)), weights=probs)[0]
    for _ in range(k):
        if langs == {other}:
            pl = other                      # keep cross-lingual items purely in the other language
        else:
            pl = lang if rng.random() < 0.8 else other
        pool = [p for p in POOLS[pl] if p not in ev]
        m = min(USAGE.get(p, 0) for p in pool)
        cand = [p for p in pool if USAGE.get(p, 0) == m]
        p = rng.choice(cand)
        USAGE[p] = USAGE.get(p, 0) + 1
        ev.insert(rng.randrange(len(ev) + 1), p)
    return ev

out = []
for lang, mods in (("de", (de_s, de_c, de_u, de_m)), ("en", (en_s, en_c, en_u, en_m))):
    items = []
    for m in mods:
        for claim, label, ev in m.ITEMS:
            pass
            items.append((claim, label, ev))
    rng = random.Random(20240601 if lang == "de" else 20240602)
    # stratified placement: ~60% of each label on ids ending 0-5 (dev), the rest on 6-9 (test)
    n = len(items)
    dev_slots = [i for i in range(1, n + 1) if i % 10 <= 5]
    test_slots = [i for i in range(1, n + 1) if i % 10 > 5]
    rng.shuffle(dev_slots); rng.shuffle(test_slots)
    placed = {}
    for lab in ("supported", "contradicted", "unverified", "mixed"):
        group = [it for it in items if it[1] == lab]
        rng.shuffle(group)
        nd = round(len(group) * 0.6)
        for it in group[:nd]:
            placed[dev_slots.pop()] = it
        for it in group[nd:]:
            placed[test_slots.pop()] = it
    assert not dev_slots and not test_slots, (len(dev_slots), len(test_slots))
    items = [placed[i] for i in range(1, n + 1)]
    items = [(c, l, add_distractors(rng, lang, list(ev))) for c, l, ev in items]
    for i, (claim, label, ev) in enumerate(items, 1):
        out.append({"id": f"{lang}-{i:03d}", "claim": claim, "language": lang,
                    "evidence": [e.strip() for e in ev], "label": label})

dev = [r for r in out if r["id"][-1] in "012345"]
test = [r for r in out if r["id"][-1] in "6789"]
for path, rows in (("../dev.jsonl", dev), ("../test.jsonl", test)):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

# stats for README
import collections
for name, rows in (("dev", dev), ("test", test), ("all", out)):
    c = collections.Counter((r["language"], r["label"]) for r in rows)
    print(name, len(rows), dict(sorted(c.items())))
q = collections.Counter(r["language"] for r in out if r["claim"].rstrip().endswith("?"))
print("questions", dict(q))
xl = collections.Counter()
xl_sup = collections.Counter()
anyother = collections.Counter()
for r in out:
    langs = [lang_of(e) for e in r["evidence"]]
    if all(l != r["language"] for l in langs):
        xl[(r["language"], r["label"])] += 1
    if any(l != r["language"] for l in langs):
        anyother[r["language"]] += 1
print("evidence only in other language", dict(sorted(xl.items())))
print("any evidence in other language", dict(anyother))
nev = collections.Counter(len(r["evidence"]) for r in out)
print("n evidence", dict(sorted(nev.items())))

print("pool usage max", max(USAGE.values()), "distinct used", len(USAGE))

"""render_report: an article with its claims highlighted by verdict, the evidence one click away.

One self-contained HTML file: CSS inline, no script and no external request. A claim's sentence is a
link to its panel, and the panel shows through CSS ``:target``, so the page works without JavaScript
and nothing from a source could ever run: every piece of text taken from the database is escaped.
Verdicts are told apart by a symbol and a word as well as by colour.
"""

from __future__ import annotations

from collections import defaultdict
from html import escape
from typing import Any

VERDICT_STYLE = {  # colour, symbol, word
    "supported": ("#1a7f37", "✓", "supported"),
    "contradicted": ("#cf222e", "✗", "contradicted"),
    "mixed": ("#9a6700", "±", "mixed"),
    "unverified": ("#57606a", "?", "unverified"),
}
_SEVERITY = ["contradicted", "mixed", "unverified", "supported"]  # a sentence shows its most serious verdict

CSS = """
:root{--supported:#1a7f37;--contradicted:#cf222e;--mixed:#9a6700;--unverified:#57606a}
*{box-sizing:border-box}body{margin:0;font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
color:#1f2328;background:#f6f8fa}main{max-width:1100px;margin:0 auto;padding:16px}
header h1{font-size:1.5rem;margin:.2em 0}.meta{color:#57606a;font-size:.9rem;overflow-wrap:anywhere}
.bar{display:flex;height:28px;border-radius:6px;overflow:hidden;margin:12px 0 4px}
.bar span{color:#fff;font-size:.8rem;display:flex;align-items:center;justify-content:center;white-space:nowrap;
overflow:hidden;padding:0 4px;min-width:2.6em}.legend{display:flex;flex-wrap:wrap;gap:12px;font-size:.9rem;margin:6px 0 16px}
.legend b{display:inline-block;width:1.4em;text-align:center;color:#fff;border-radius:4px}
.layout{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:20px;align-items:start}
@media (max-width:760px){.layout{grid-template-columns:1fr}}
article{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:16px 20px}
article p{margin:0 0 .9em}a.claim{color:inherit;text-decoration:none;border-bottom:3px solid;padding:0 1px;
border-radius:2px}a.claim sup{font-weight:700;font-size:.75em;margin-left:2px}
a.claim.supported{background:#dafbe1;border-color:var(--supported)}a.claim.contradicted{background:#ffebe9;
border-color:var(--contradicted)}a.claim.mixed{background:#fff8c5;border-color:var(--mixed)}
a.claim.unverified{background:#eaeef2;border-color:var(--unverified)}a.claim:focus,a.claim:hover{outline:2px solid #0969da}
.dropped{color:#8c959f}.panels{position:sticky;top:8px;max-height:96vh;overflow:auto}
@media (max-width:760px){.panels{position:static;max-height:none}}.panels .panel{display:none;background:#fff;border:1px solid #d0d7de;border-radius:8px;
padding:12px 16px;margin-bottom:12px}.panels .panel:target{display:block}.hint{color:#57606a;font-size:.9rem}
.panel h2{font-size:1rem;margin:.2em 0 .6em}.verdict{display:inline-block;color:#fff;border-radius:4px;
padding:0 6px;font-size:.85rem;font-weight:600}.claimtext{font-weight:600}.ev{border-left:3px solid #d0d7de;
padding:4px 10px;margin:8px 0;font-size:.92rem}.ev.supports{border-color:var(--supported)}
.ev.contradicts{border-color:var(--contradicted)}.ev .src{color:#57606a;font-size:.85rem;overflow-wrap:anywhere}
.ev .src a{color:#0969da}.nums{font-family:ui-monospace,monospace;font-size:.85rem}.history{font-size:.85rem;
color:#57606a}table{border-collapse:collapse;width:100%;background:#fff}td,th{border-bottom:1px solid #d0d7de;
padding:6px 8px;text-align:left;vertical-align:top}
"""


def _badge(verdict: str) -> str:
    colour, symbol, word = VERDICT_STYLE[verdict]
    return f'<span class="verdict" style="background:{colour}">{symbol} {word}</span>'


def render_report(data: dict[str, Any]) -> str:
    art = data["article"]
    text: str = art["text"]
    verdict_of = {v["claim_id"]: v for v in data["verdicts"]}
    evidence_of: dict[str, list[dict]] = defaultdict(list)
    for ev in data["evidence"]:
        evidence_of[ev["claim_id"]].append(ev)
    history_of: dict[str, list[dict]] = defaultdict(list)
    for h in data["history"]:
        history_of[h["claim_id"]].append(h)
    sentences: dict[tuple[int, int], list[dict]] = defaultdict(list)
    for claim in data["claims"]:
        sentences[(claim["span_start"], claim["span_end"])].append(claim)

    body, panels, cursor = [], [], 0
    for (start, end), claims in sorted(sentences.items()):
        if start < cursor:
            continue
        body.append(_plain(text[cursor:start]))
        sentence = escape(text[start:end])
        judged = [c for c in claims if c["checkworthy"] and c["id"] in verdict_of]
        if judged:
            verdicts = [verdict_of[c["id"]]["verdict"] for c in judged]
            shown = min(verdicts, key=_SEVERITY.index)
            key = f"c{start}"
            _, symbol, word = VERDICT_STYLE[shown]
            body.append(f'<a class="claim {shown}" href="#{key}" title="{word}: {len(judged)} claim(s)">'
                        f'{sentence}<sup>{symbol}</sup></a>')
            panels.append(_panel(key, judged, verdict_of, evidence_of, history_of))
        elif claims and not any(c["checkworthy"] for c in claims):
            reason = escape(claims[0]["reason_if_not"] or "not check-worthy", quote=True)
            body.append(f'<span class="dropped" title="not check-worthy: {reason}">{sentence}</span>')
        else:
            body.append(sentence)
        cursor = end
    body.append(_plain(text[cursor:]))

    counts = {v: sum(1 for x in data["verdicts"] if x["verdict"] == v) for v in VERDICT_STYLE}
    total = sum(counts.values()) or 1
    bar = "".join(f'<span style="background:{VERDICT_STYLE[v][0]};flex:{n}" title="{n} {v}">'
                  f'{VERDICT_STYLE[v][1]} {n}</span>' for v, n in counts.items() if n)
    legend = "".join(f'<span><b style="background:{c}">{s}</b> {w} ({counts[v]})</span>'
                     for v, (c, s, w) in VERDICT_STYLE.items())
    runs = sorted({v["run_id"] for v in data["verdicts"]})
    latest = max((v["decided_at"] for v in data["verdicts"]), default=None)
    where = escape(art.get("url") or art.get("path") or art["id"])
    return f"""<!doctype html>
<html lang="{escape(art.get('language') or 'de')}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(art['title'] or 'Article')} — veracity report</title><style>{CSS}</style></head>
<body><main>
<header><h1>{escape(art['title'] or '')}</h1>
<div class="meta">Article {where} · {len(data['verdicts'])} check-worthy claims · verdicts from run(s)
{escape(', '.join(runs))}{f' · latest {escape(str(latest))}' if latest else ''}</div>
<div class="bar" role="img" aria-label="{', '.join(f'{n} {v}' for v, n in counts.items())}">{bar}</div>
<div class="legend">{legend}<span class="dropped">grey text: not check-worthy (hover for why)</span></div>
</header>
<div class="layout"><article><p>{''.join(body)}</p></article>
<aside class="panels"><p class="hint">Click a highlighted sentence to see its claims, verdicts and evidence.</p>
{''.join(panels)}</aside></div>
<footer class="meta"><p>{total} verdicts. Made by veracity: no language model; every verdict rests on the
source sentences shown.</p></footer>
</main></body></html>
"""


def _plain(chunk: str) -> str:
    """Article text between sentences: line breaks become paragraph breaks."""
    return escape(chunk).replace("\n", "</p><p>") if chunk else ""


def _panel(key: str, claims: list[dict], verdict_of: dict, evidence_of: dict, history_of: dict) -> str:
    parts = [f'<section class="panel" id="{key}">']
    for claim in claims:
        v = verdict_of[claim["id"]]
        parts.append(f'<h2>{_badge(v["verdict"])} confidence {v["confidence"]:.2f}</h2>'
                     f'<p class="claimtext">{escape(claim["text"])}</p>'
                     f'<p class="history">Run {escape(str(v["run_id"]))}, {escape(str(v["decided_at"]))}'
                     f' · {v["n_sources"]} source(s)</p>')
        history = history_of.get(claim["id"], [])
        if len({h["verdict"] for h in history}) > 1:
            steps = " → ".join(f'{escape(h["verdict"])} ({escape(str(h["decided_at"])[:16])})' for h in history)
            parts.append(f'<p class="history">History: {steps}</p>')
        shown = [e for e in evidence_of.get(claim["id"], []) if e["stance"] != "neutral"][:4] or \
            evidence_of.get(claim["id"], [])[:2]
        if not shown:
            parts.append('<p class="hint">No source sentence speaks to this claim.</p>')
        for ev in shown:
            stance = {"supports": "supports", "contradicts": "contradicts"}.get(ev["stance"], "related, takes no side")
            numbers = f' <span class="nums">[{escape(ev["number_detail"])}]</span>' if ev["number_detail"] else ""
            flags = " (negated)" if ev["negation"] else " (opposite direction)" if ev["opposite"] else ""
            title = escape(ev["title"] or ev["domain"] or "source")
            date = f' · {escape(str(ev["published_at"])[:10])}' if ev["published_at"] else ""
            url = escape(ev["url"], quote=True)
            parts.append(f'<div class="ev {escape(ev["stance"])}"><div>“{escape(ev["sentence"])}”{numbers}</div>'
                         f'<div class="src">{escape(stance)}{flags} · {title}{date} · '
                         f'<a href="{url}" rel="noopener noreferrer">{escape(ev["url"])}</a></div></div>')
    parts.append("</section>")
    return "".join(parts)


def render_index(overview: list[dict[str, Any]], links: dict[str, str]) -> str:
    rows = []
    for item in overview:
        counts = " ".join(f'<span title="{v}">{VERDICT_STYLE[v][1]} {item[v]}</span>' for v in VERDICT_STYLE)
        changed = "<br>".join(f'{escape(c["claim"])}: {escape(c["previous_verdict"])} → {escape(c["new_verdict"])}'
                              for c in item["changed"]) or "—"
        name = escape(item["title"] or item["reference"])
        link = links.get(item["tracked_id"])
        title = f'<a href="{escape(link, quote=True)}">{name}</a>' if link else f"{name} (not checked yet)"
        rows.append(f"<tr><td>{title}</td><td>{counts}</td><td>{changed}</td></tr>")
    legend = " ".join(f"{s} {w}" for _, s, w in VERDICT_STYLE.values())
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>veracity: tracked articles</title>
<style>{CSS}</style></head><body><main><h1>Tracked articles</h1><p class="meta">{legend}</p>
<table><thead><tr><th>article</th><th>verdicts</th><th>changed in the last run</th></tr></thead>
<tbody>{''.join(rows)}</tbody></table></main></body></html>
"""

"""Score extracted events against a gold file (the development set's scorer, kept in the project).

Events are matched per document as multisets on a key:
  meeting     strict (date, party)      lenient (party)
  invitation  strict (direction, party, date)  lenient (direction, party)
  message     strict (party, date)      lenient (party)
where party is the ISO country code, or "ORG:" + organisation code. Among lenient matches,
attribute accuracy is reported (role, mode, destination...). `diwan evaluate GOLD.jsonl` runs
the extractor on the gold documents' texts and prints the table.
"""
from __future__ import annotations

import json
import re
from collections import Counter


def party(ev, country_field, org_field):
    c, o = ev.get(country_field), ev.get(org_field)
    if c:
        return str(c).upper()
    if o:
        return "ORG:" + str(o).upper()
    return None


SPECS = {
    "meetings": {"country": "counterpart_country", "org": "counterpart_org",
                     "strict": lambda e, p: (e.get("date"), p), "lenient": lambda e, p: (p,),
                     "attrs": ["counterpart_role", "mode", "location", "counterpart_name"]},
    "invitations": {"country": "foreign_country", "org": "foreign_org",
                        "strict": lambda e, p: (e.get("direction"), p, e.get("date")),
                        "lenient": lambda e, p: (e.get("direction"), p),
                        "attrs": ["destination", "foreign_person", "foreign_role"]},
    "messages": {"country": "from_country", "org": "from_org",
                     "strict": lambda e, p: (p, e.get("date")), "lenient": lambda e, p: (p,),
                     "attrs": ["from_person", "from_role"]},
}


def norm_text(v):
    if v is None:
        return None
    s = str(v).lower()
    s = re.sub(r"\b(al|el)[- ]", "", s)
    s = re.sub(r"[^a-z0-9\u0600-\u06ff ]", " ", s)
    return " ".join(s.split()) or None


def attr_equal(name, a, b):
    if name.endswith(("_name", "_person")) or name in ("location", "destination"):
        a, b = norm_text(a), norm_text(b)
        if a is None or b is None:
            return a == b
        # same surname is enough: transliterations differ in given names and particles
        return a == b or a.split()[-1] == b.split()[-1]
    return a == b


def load(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError as e:
                raise ValueError(f"{path}:{n}: not JSON: {e}") from e
            out[d["id"]] = d
    return out


def prf(tp, n_pred, n_gold):
    p = tp / n_pred if n_pred else (1.0 if n_gold == 0 else 0.0)
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 4), round(r, 4), round(f, 4)


def score(gold, pred, show_errors=False):
    report = {}
    errors = []
    for kind, spec in SPECS.items():
        tot = {"strict_tp": 0, "lenient_tp": 0, "n_pred": 0, "n_gold": 0}
        attr_ok, attr_n = Counter(), Counter()
        for doc_id, g in gold.items():
            gev = [e for e in g.get(kind, [])]
            pev = [e for e in pred.get(doc_id, {}).get(kind, []) or []]
            tot["n_gold"] += len(gev)
            tot["n_pred"] += len(pev)
            gp = [(e, party(e, spec["country"], spec["org"])) for e in gev]
            pp = [(e, party(e, spec["country"], spec["org"])) for e in pev]
            tot["strict_tp"] += sum((Counter(spec["strict"](e, p) for e, p in gp)
                                     & Counter(spec["strict"](e, p) for e, p in pp)).values())
            # lenient matching, pairing events to compare attributes
            unmatched_pred = list(pp)
            for ge, gpty in gp:
                key = spec["lenient"](ge, gpty)
                hit = next((i for i, (pe, ppty) in enumerate(unmatched_pred)
                            if spec["lenient"](pe, ppty) == key), None)
                if hit is None:
                    errors.append(f"MISSED {kind} {doc_id} {key}")
                    continue
                pe, _ = unmatched_pred.pop(hit)
                tot["lenient_tp"] += 1
                for a in spec["attrs"]:
                    if ge.get(a) is None and a.endswith(("_name", "_person")):
                        continue
                    attr_n[a] += 1
                    if attr_equal(a, ge.get(a), pe.get(a)):
                        attr_ok[a] += 1
                    elif show_errors:
                        errors.append(f"ATTR {kind}.{a} {doc_id}: gold={ge.get(a)!r} got={pe.get(a)!r}")
            for pe, ppty in unmatched_pred:
                errors.append(f"SPURIOUS {kind} {doc_id} {spec['lenient'](pe, ppty)}")
        sp, sr, sf = prf(tot["strict_tp"], tot["n_pred"], tot["n_gold"])
        lp, lr, lf = prf(tot["lenient_tp"], tot["n_pred"], tot["n_gold"])
        report[kind] = {"n_gold": tot["n_gold"], "n_pred": tot["n_pred"],
                            "strict": {"p": sp, "r": sr, "f1": sf}, "lenient": {"p": lp, "r": lr, "f1": lf},
                            "attributes": {a: round(attr_ok[a] / attr_n[a], 4) for a in attr_n}}
    traps = [d for d, g in gold.items() if not any(g.get(k) for k in SPECS)]
    report["trap_docs"] = len(traps)
    report["events_on_trap_docs"] = sum(len(pred.get(d, {}).get(k, []) or []) for d in traps for k in SPECS)
    report["docs_missing_from_prediction"] = sum(1 for d in gold if d not in pred)
    return report, errors



def format_report(report: dict) -> str:
    lines = []
    for kind in SPECS:
        r = report[kind]
        attrs = " ".join(f"{k}={v:.2f}" for k, v in r["attributes"].items())
        lines.append(f"{kind:12s} gold={r['n_gold']:4d} pred={r['n_pred']:4d} "
                     f"strict P/R/F1={r['strict']['p']:.2f}/{r['strict']['r']:.2f}/{r['strict']['f1']:.2f} "
                     f"lenient F1={r['lenient']['f1']:.2f}  {attrs}")
    lines.append(f"trap docs={report['trap_docs']} events on them={report['events_on_trap_docs']} "
                 f"docs missing from prediction={report['docs_missing_from_prediction']}")
    return "\n".join(lines)


def score_files(gold_path, pred_path, show_errors: bool = False) -> str:
    report, errors = score(load(gold_path), load(pred_path), show_errors)
    head = "\n".join(errors) + "\n" if show_errors and errors else ""
    return head + format_report(report)


def predict(gold: dict) -> dict:
    from extraction.extractor import extract_document
    return {doc_id: extract_document(d) for doc_id, d in gold.items()}


def evaluate_gold(gold_path, show_errors: bool = False) -> str:
    """Run the extractor on a gold file's own texts and score it."""
    gold = load(gold_path)
    report, errors = score(gold, predict(gold), show_errors)
    head = "\n".join(errors) + "\n" if show_errors and errors else ""
    return head + format_report(report)


def evaluate_report(gold_path) -> dict:
    gold = load(gold_path)
    return score(gold, predict(gold))[0]

#!/usr/bin/env python3
"""List every figure of a gold set's abstracts, sentence by sentence, with the gold
results that cover it, for a blind completeness audit of the `results` lists.

Reads only data/gold/<set>.jsonl. A figure is a run of digits (with . , and a
trailing unit word such as %, x, ×, k, M, B attached), not inside a gold
METHOD/DATASET/METRIC/TASK span and not glued to a preceding letter ("F1",
"GPT-4o" are names); number words that often state changes ("twice", "half",
"-fold", "order of magnitude") are listed too. Each figure is printed as
[[fig]]gN when gold result N covers it, <<fig>>#k when no gold result does.

Usage: list_figures.py SET [ID_PREFIX_OR_RANGE] [--uncovered] ; prints counts at the end.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.abspath(os.path.join(HERE, "..", ".."))

NUM = re.compile(r"(?<![\w.])[-+−~]?\d+(?:[.,]\d+)*(?:\s?(?:%|×|x|X|times|k|K|M|B|dB|ms|s|GB|pp)\b|%|×)?")
WORDS = re.compile(r"\b(twice|thrice|half|halves|halving|doubl\w*|tripl\w*|quadrupl\w*|\w+-fold|order[s]? of magnitude|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen)\b", re.I)
ABBR = re.compile(r"\b(e\.g|i\.e|vs|et al|cf|approx|Fig|Eq|Sec|No|resp)\.$|\b[A-Z]\.$")


def sentences(text):
    out, start = [], 0
    for m in re.finditer(r"[.!?](?=\s+[A-Z0-9(\"“])", text):
        if ABBR.search(text[max(0, m.start() - 8):m.end()]):
            continue
        if text[max(0, m.start() - 5):m.end()].endswith("Yahoo!"):
            continue
        out.append((start, m.end()))
        start = m.end()
        while start < len(text) and text[start] == " ":
            start += 1
    out.append((start, len(text)))
    return out


def figures(text, spans):
    inside = lambda s, e: any(sp["start"] <= s and e <= sp["end"] for sp in spans)
    figs = []
    for m in NUM.finditer(text):
        s, e = m.start(), m.end()
        if s > 0 and (text[s - 1].isalpha() or text[s - 1] in "-@/_") and text[s] not in "+−~":
            # glued to a name: "F1", "GPT-4o", "nDCG@10", "top-5"
            if not (text[s - 1] == "-" and (s < 2 or not text[s - 2].isalnum())):
                continue
        if e < len(text) and (text[e].isalpha() and text[e - 1].isdigit()) and not re.match(r"(times|x|X|k|K|M|B)\b", text[e:]):
            # "4o", "3D", "2nd" ... kept only when the letters are a unit
            if not re.match(r"[a-zA-Z]{1,3}\b", text[e:]):
                continue
        if inside(s, e):
            continue
        figs.append((s, e, "num"))
    for m in WORDS.finditer(text):
        if not inside(m.start(), m.end()):
            figs.append((m.start(), m.end(), "word"))
    return sorted(figs)


def figure_value(fig):
    m = re.search(r"\d+(?:[.,]\d+)*", fig)
    if not m:
        return None
    try:
        return float(m.group(0).replace(",", ""))
    except ValueError:
        return None


def main():
    only_unc = "--uncovered" in sys.argv
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    set_ = args[0]
    sel = args[1] if len(args) > 1 else None
    recs = [json.loads(l) for l in open(os.path.join(GOLD, set_ + ".jsonl"), encoding="utf-8")]
    if sel:
        if ":" in sel:
            a, b = sel.split(":")
            recs = recs[int(a):int(b)]
        else:
            recs = [r for r in recs if r["id"].startswith(sel)]
    nfig = ncov = nword = 0
    for r in recs:
        text, res = r["text"], r["results"]
        figs = figures(text, r["spans"])
        head = f"=== {r['id']} | {r['title']}"
        if not only_unc:
            print(head)
        k = 0
        for ss, se in sentences(text):
            fs = [f for f in figs if ss <= f[0] < se]
            rs = [(i, x) for i, x in enumerate(res) if ss <= x["start"] < se]
            if not fs and not rs:
                continue
            out, pos = [], ss
            for s, e, kind in fs:
                out.append(text[pos:s])
                cov = [i for i, x in enumerate(res) if x["start"] <= s and e <= x["end"]]
                val = figure_value(text[s:e])
                match = [i for i in cov if val is not None and val in (abs(res[i]["value"]), abs(res[i].get("value_low", -1.5)))]
                # the X of "from X to Y" is no result of its own (decision 11)
                fromx = [i for i in cov if re.search(r"\bfrom\s*$", text[res[i]["start"]:s]) or
                         re.search(r"\bfrom\s+[-+−]?$", text[max(res[i]["start"], s - 7):s])]
                if kind == "word":
                    out.append(f"{{{text[s:e]}}}"); nword += 1
                elif match:
                    out.append(f"[[{text[s:e]}]]g{match[0]}"); ncov += 1; nfig += 1
                elif fromx:
                    out.append(f"[[{text[s:e]}]]from-g{fromx[0]}"); ncov += 1; nfig += 1
                elif cov:
                    out.append(f"<<{text[s:e]}>>#{k}(in g{cov[0]})"); k += 1; nfig += 1
                else:
                    out.append(f"<<{text[s:e]}>>#{k}"); k += 1; nfig += 1
                pos = e
            out.append(text[pos:se])
            if only_unc and not any("<<" in o for o in out):
                continue
            if only_unc and head:
                print(head); head = None
            print(f"  @{ss}: " + "".join(out))
            for i, x in rs:
                extra = f" low={x['value_low']}" if "value_low" in x else ""
                print(f"      g{i}: {x['metric']} = {x['value']:g}{extra} {x['unit'] or ''} | ds={x['dataset']} | m={x['method']} | \"{text[x['start']:x['end']]}\" [{x['start']},{x['end']}]")
    print(f"# figures {nfig} (covered by gold {ncov}, not covered {nfig - ncov}); number words {nword}", file=sys.stderr)


if __name__ == "__main__":
    main()

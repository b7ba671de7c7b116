"""Pipeline throughput on one core, against its floor (the tokenizer alone) and
against the naive alternative (one regular expression over every knowledge-base
alias), with the F1 of both on the gold test split.

Every method gets one warm-up pass first (the tokenizer's cache, spaCy's string
store and the regex's compiled program then hold what a running server's would),
then the best of a few timed passes counts: the least disturbed by other load.
"""
import re
import time

from . import corpus, pin_to_one_core, profiling, unpin

TARGET_ABSTRACTS_PER_S = 1000
TARGET_SHARE_OF_TOKENIZER = 0.30


# ---- the naive alternative -----------------------------------------------------

class NaiveRegexTagger:
    """What a user could write in an afternoon: one Python regular expression that
    alternates every knowledge-base name and alias, longest first, between word
    boundaries, and labels a match by the entry the alias belongs to.

    Case follows the knowledge base's own rule (``Entry.exact_case``): ImageNet or
    FID only as written, "knowledge distillation" in any case (``(?i:...)``), since
    a case-blind "IS" or "SPAN" would tag every "is" and "span".
    """

    def __init__(self, entries=None):
        from nlp.kb import load_entries

        entries = entries if entries is not None else load_entries()
        self.exact, self.loose = {}, {}
        for entry in entries:
            for surface in entry.surfaces:
                if entry.exact_case(surface):
                    self.exact.setdefault(surface, entry)
                else:
                    self.loose.setdefault(surface.lower(), entry)
        alternatives = sorted([(s, True) for s in self.exact] + [(s, False) for s in self.loose],
                              key=lambda a: (-len(a[0]), a[0]))
        body = "|".join(re.escape(s) if exact else f"(?i:{re.escape(s)})" for s, exact in alternatives)
        # \b fails next to a name's own punctuation ("(IA)3", "F1-score"): look around for word characters instead.
        self.pattern = re.compile(rf"(?<!\w)(?:{body})(?!\w)")
        self.n_aliases = len(alternatives)

    def entry(self, surface):
        return self.exact.get(surface) or self.loose.get(surface.lower())

    def __call__(self, text):
        found = []
        for m in self.pattern.finditer(text):
            entry = self.entry(m.group(0))
            if entry is not None:
                found.append((m.start(), m.end(), entry.label, entry.canonical))
        return found


# ---- F1 on the gold test split ---------------------------------------------------

def gold_test_records():
    from nlp import evaluate

    records = []
    for path in corpus.GOLD:
        with path.open(encoding="utf-8") as f:
            records += evaluate.read_gold(f, split="test")
    return records


def score_blocks(records, predict):
    """Exact and overlap Counts over all labels for a tagger that sees each block
    (title, abstract) on its own: ``predict(text)`` -> [(start, end, label, ...)]."""
    from nlp import evaluate
    from nlp.labels import LABELS

    exact, overlap = evaluate.Counts(), evaluate.Counts()
    for record in records:
        for text, key in ((record.get("title") or "", "title_spans"), (record["text"], "spans")):
            predicted = predict(text)
            for label in LABELS:
                pred = [(p[0], p[1]) for p in predicted if p[2] == label]
                gold = [(s["start"], s["end"]) for s in record.get(key, []) if s["label"] == label]
                exact.add(evaluate.match_counts(pred, gold, False), len(pred), len(gold))
                overlap.add(evaluate.match_counts(pred, gold, True), len(pred), len(gold))
    return exact, overlap


def pipeline_scores(records, nlp):
    from nlp import evaluate

    report = evaluate.evaluate(records, nlp)
    return report.total("exact"), report.total("overlap")


# ---- throughput ------------------------------------------------------------------

def best_rate(run, texts, repeats, warm=None):
    """Abstracts per second: one warm-up pass, then the best of ``repeats`` timed passes."""
    run(warm if warm is not None else texts)
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        run(texts)
        best = min(best, time.perf_counter() - t0)
    return len(texts) / best, best


def methods(nlp, blank_tokenizer, tagger):
    def full(texts):
        for doc in nlp.pipe(texts):
            [(e.start_char, e.end_char, e.label_, e.kb_id_) for e in doc.ents]

    def own_tokenizer(texts):
        for _ in nlp.tokenizer.pipe(texts):
            pass

    def blank(texts):
        for _ in blank_tokenizer.pipe(texts):
            pass

    def regex(texts):
        for text in texts:
            tagger(text)

    return {"pipeline": full, "tokenizer_own": own_tokenizer, "tokenizer_blank": blank, "regex": regex}


LABELS = {"pipeline": "full pipeline (nlp.pipe)", "tokenizer_own": "tokenizer alone: PaperLens's (floor)",
          "tokenizer_blank": "tokenizer alone: spacy.blank('en')", "regex": "naive regex over KB aliases"}


def component_breakdown(nlp, texts):
    """Seconds per step of the pipeline over ``texts``: the tokenizer, then each component."""
    spent = {"tokenizer": 0.0, **{name: 0.0 for name in nlp.pipe_names}}
    for text in texts:
        t0 = time.perf_counter()
        doc = nlp.make_doc(text)
        spent["tokenizer"] += time.perf_counter() - t0
        for name, proc in nlp.pipeline:
            t0 = time.perf_counter()
            doc = proc(doc)
            spent[name] += time.perf_counter() - t0
    total = sum(spent.values()) or 1e-9
    return {name: {"seconds": round(s, 4), "share": round(s / total, 3)} for name, s in spent.items()}


def run(ctx):
    import spacy

    from nlp import pipeline

    quick = ctx.quick
    old_affinity = pin_to_one_core()
    try:
        ctx.log("pipeline: loading the pipeline and the naive regex")
        t0 = time.perf_counter()
        nlp = pipeline.load()
        load_s = time.perf_counter() - t0
        blank_tokenizer = spacy.blank("en").tokenizer
        t0 = time.perf_counter()
        tagger = NaiveRegexTagger()
        regex_compile_s = time.perf_counter() - t0
        ctx.details["pipeline"] = {"load_s": round(load_s, 3), "regex_compile_s": round(regex_compile_s, 3),
                                   "regex_alternatives": tagger.n_aliases, "pinned_cpus": _affinity()}
        fns = methods(nlp, blank_tokenizer, tagger)

        seed = [r["text"] for r in corpus.seed_records()]
        n_synth = 400 if quick else 4000
        factory = corpus.AbstractFactory(seed=11)
        warm = [t for _, t in factory.abstracts(200 if quick else 500)]
        synth = [t for _, t in factory.abstracts(n_synth)]
        corpora = {"seed": (seed, None), "synthetic": (synth, warm)}
        repeats = {"pipeline": 2 if quick else 4, "tokenizer_own": 3 if quick else 6,
                   "tokenizer_blank": 3 if quick else 6, "regex": 1 if quick else 2}
        rates = {}
        for cname, (texts, warm_texts) in corpora.items():
            n_words = corpus.words(texts)
            for method, fn in fns.items():
                # The regex is ~10x slower than the rest: time it on a slice of the large corpus.
                sample = texts if method != "regex" or cname == "seed" else texts[: (100 if quick else 600)]
                warm_sample = warm_texts[: len(sample)] if warm_texts else None
                ctx.log(f"pipeline: {LABELS[method]} on {cname} ({len(sample)} abstracts)")
                rate, best = best_rate(fn, sample, repeats[method], warm_sample)
                words_per_s = rate * n_words / len(texts)
                rates[(cname, method)] = rate
                target = f"≥ {TARGET_ABSTRACTS_PER_S:,}/s" if method == "pipeline" else ""
                ok = rate >= TARGET_ABSTRACTS_PER_S if method == "pipeline" else None
                ctx.add("pipeline", f"{LABELS[method]} [{cname}, {len(sample)}]", rate, "abstracts/s", target, ok,
                        words_per_s=round(words_per_s), best_pass_s=round(best, 4),
                        abstracts=len(sample), display=f"{rate:,.0f}/s · {words_per_s / 1000:,.0f}k words/s")
            share = rates[(cname, "pipeline")] / rates[(cname, "tokenizer_own")]
            ctx.add("pipeline", f"pipeline / own tokenizer [{cname}]", share * 100, "%",
                    f"≥ {TARGET_SHARE_OF_TOKENIZER:.0%}", share >= TARGET_SHARE_OF_TOKENIZER)
            blank_share = rates[(cname, "pipeline")] / rates[(cname, "tokenizer_blank")]
            ctx.add("pipeline", f"pipeline / spacy.blank tokenizer [{cname}]", blank_share * 100, "%")
            ctx.add("pipeline", f"pipeline / naive regex [{cname}]",
                    rates[(cname, "pipeline")] / rates[(cname, "regex")], "×", "> 1×",
                    rates[(cname, "pipeline")] > rates[(cname, "regex")])

        ctx.log("pipeline: F1 on the gold test split")
        records = gold_test_records()
        p_exact, p_overlap = pipeline_scores(records, nlp)
        r_exact, r_overlap = score_blocks(records, tagger)
        ctx.details["pipeline"]["gold_test_records"] = len(records)
        ctx.details["pipeline"]["f1"] = {"pipeline": {"exact": p_exact.as_dict(), "overlap": p_overlap.as_dict()},
                                         "regex": {"exact": r_exact.as_dict(), "overlap": r_overlap.as_dict()}}
        ctx.add("pipeline", f"F1 exact, pipeline [gold test, {len(records)} records]", p_exact.f1, "F1",
                note=f"P {p_exact.precision:.3f} R {p_exact.recall:.3f}; overlap F1 {p_overlap.f1:.3f}")
        ctx.add("pipeline", "F1 exact, naive regex [same blocks, same scoring]", r_exact.f1, "F1",
                note=f"P {r_exact.precision:.3f} R {r_exact.recall:.3f}; overlap F1 {r_overlap.f1:.3f}")
        faster = all(rates[(c, "pipeline")] > rates[(c, "regex")] for c in corpora)
        ctx.add("pipeline", "pipeline faster than regex at ≥ its F1", "yes" if faster and p_exact.f1 >= r_exact.f1
                else "no", "", "faster, F1 ≥", faster and p_exact.f1 >= r_exact.f1,
                note=f"F1 {p_exact.f1:.3f} vs {r_exact.f1:.3f}; speed "
                     f"{min(rates[(c, 'pipeline')] / rates[(c, 'regex')] for c in corpora):.1f}× or more")

        breakdown = component_breakdown(nlp, synth[:300 if quick else 1500])
        ctx.details["pipeline"]["components"] = breakdown
        if ctx.misses("pipeline") or ctx.options.profile:
            where = ", ".join(f"{k} {v['share']:.0%}" for k, v in sorted(breakdown.items(), key=lambda kv: -kv[1]["share"]))
            ctx.add("pipeline", "where the pipeline's time goes (per step)", None, note=where)
            if profiling.available():
                ctx.log("pipeline: profiling nlp.pipe")
                seconds = 3 if quick else 8

                def work():
                    deadline = time.perf_counter() + seconds
                    while time.perf_counter() < deadline:
                        fns["pipeline"](synth)

                _, summary = profiling.profile(work, ctx.artifacts / "bench-profile-pipeline.txt")
                ctx.profiles["pipeline"] = {"steps": breakdown, **summary}
                ctx.add("pipeline", "profile of nlp.pipe", None, note=profiling.format_summary(summary))
    finally:
        unpin(old_affinity)


def _affinity():
    import os

    return sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None

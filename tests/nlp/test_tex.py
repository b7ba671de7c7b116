"""Abstracts whose math is written in TeX, as arXiv and OpenReview pages (and the extension, for
typeset math) send it: read as what the page shows, highlighted on the page's own characters."""
import pytest

from nlp import pipeline
from nlp.tex import PlainText

TEX = ("LowDiff achieves a $3.18\\times$ speedup and an FID of $2.11$ on CIFAR-10, with ${\\sim}40\\%$ less memory "
       "and a 2.5$\\times$ lower latency than $\\mathcal{O}(n^2)$ attention.")
PLAIN = ("LowDiff achieves a 3.18× speedup and an FID of 2.11 on CIFAR-10, with ~40% less memory "
         "and a 2.5× lower latency than O(n^2) attention.")


def test_math_reads_as_what_the_page_typesets():
    assert PlainText(TEX).plain == PLAIN
    assert PlainText("$\\mathbf{94.1}$ mIoU at $\\sim$2 ms").plain == "94.1 mIoU at ~2 ms"


@pytest.mark.parametrize("text", [
    "It costs $0.41 per issue, against $1.27 for SWE-agent.",  # prices, not math
    "Cost per contract falls from $1.42 to $0.19.",
    "No math here: 3.18× faster.",
])
def test_text_without_math_is_read_as_it_is(text):
    plain = PlainText(text)
    assert plain.plain == text and plain.starts is None


def results_and_spans(text):
    [[block]] = pipeline.annotate_groups([[text]], with_results=True)
    return block


def test_an_abstract_in_tex_gives_the_figures_its_plain_reading_gives():
    tex, plain = results_and_spans(TEX), results_and_spans(PLAIN)
    key = lambda r: (r["metric"], r["value"], r["unit"], r["dataset"])  # noqa: E731
    assert sorted(map(key, tex["results"])) == sorted(map(key, plain["results"]))
    assert ("speedup", 3.18, "×", "CIFAR-10") in set(map(key, tex["results"]))
    assert [(s["label"], s["text"]) for s in tex["spans"]] == [(s["label"], s["text"]) for s in plain["spans"]]


def test_highlights_land_on_the_pages_own_characters():
    block = results_and_spans(TEX)
    for span in block["spans"]:
        assert TEX[span["start"]:span["end"]] == span["text"]
    speedup = next(r for r in block["results"] if r["metric"] == "speedup")
    assert TEX[speedup["start"]:speedup["end"]] == "3.18\\times$ speedup"
    fid = next(r for r in block["results"] if r["metric"] == "FID")
    assert TEX[fid["start"]:fid["end"]] == "FID of $2.11"


def test_an_accent_reads_as_the_letter_it_sits_on():
    assert PlainText("an empirical lower bound of $\\hat{\\epsilon} = 6.2$").plain == "an empirical lower bound of ε = 6.2"


def test_tex_dashes_between_figures_read_as_a_range():
    plain = PlainText("a 1.5$\\times$--2$\\times$ throughput gain and 10--20\\% fewer")
    assert plain.plain == "a 1.5×–2× throughput gain and 10–20% fewer"
    [[block]] = pipeline.annotate_groups([["On ADE20K, XNet gives a 1.5$\\times$--2$\\times$ throughput gain."]],
                                         with_results=True)
    [result] = block["results"]
    assert (result["metric"], result["value"], result.get("value_low"), result["unit"]) == ("throughput", 2.0, 1.5, "×")


def test_tex_markup_outside_math_reads_as_typeset():
    text = "FoldThink is $1.3$--$2.0\\times$ more efficient, with pass@1 unchanged (63.0 vs.\\ 63.4) over 3{,}412 runs."
    plain = PlainText(text)
    assert plain.plain == "FoldThink is 1.3–2.0× more efficient, with pass@1 unchanged (63.0 vs. 63.4) over 3,412 runs."
    at = plain.plain.index("63.4")
    assert text[slice(*plain.span(at, at + 4))] == "63.4"
    assert PlainText("no markup -- at all").starts is None


def test_a_norms_index_on_its_letter_reads_as_authors_write_it_and_a_power_of_ten_stays():
    assert PlainText("a relative $L^2$ error of $4.62\\%$").plain == "a relative L2 error of 4.62%"
    assert PlainText("at $\\nu = 10^{-4}$").plain == "at ν = 10^-4"

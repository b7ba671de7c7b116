"""Inline TeX as pages send it, read as the plain text it typesets to.

arXiv and OpenReview write math as TeX: a listing's text holds "$3.18\\times$ speedup", "an FID of
$2.11$", "${\\sim}40\\%$ less memory", and the extension sends the TeX source of typeset math as
"$...$" too. The rules read figures, units and names, so each math span is read as what a reader
sees ("3.18× speedup", "an FID of 2.11", "~40% less memory"), and every offset found in that
plain text is mapped back to the page's own characters.

Only ``$...$`` spans that look like math are read: a backslash, a brace, "^" or "_" inside, or a
short run without spaces ("$2.11$"). Prices ("costs $0.41, against $1.27 for ...") stay as written.
"""
import re

# What a command typesets to. Commands not listed keep their name without the backslash
# ("\\mathcal{O}(n)" reads "O(n)"), which is what the page shows, near enough.
SYMBOLS = {
    "times": "×", "sim": "~", "approx": "≈", "simeq": "≃", "pm": "±", "mp": "∓", "le": "≤", "leq": "≤",
    "ge": "≥", "geq": "≥", "lesssim": "≲", "gtrsim": "≳", "cdot": "·", "to": "→", "rightarrow": "→",
    "uparrow": "↑", "downarrow": "↓", "%": "%", "$": "$", "&": "&", "_": "_", "#": "#",
    "textless": "<", "textgreater": ">", "lt": "<", "gt": ">", "infty": "∞", "circ": "°", "degree": "°",
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε", "zeta": "ζ",
    "eta": "η", "theta": "θ", "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "pi": "π",
    "rho": "ρ", "sigma": "σ", "tau": "τ", "phi": "φ", "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
    "ell": "ℓ", "Delta": "Δ", "Gamma": "Γ", "Lambda": "Λ", "Sigma": "Σ", "Omega": "Ω", "Phi": "Φ",
}
# Commands that only style their argument: "\\mathbf{94.1}" reads "94.1".
STYLES = {"mathbf", "textbf", "mathrm", "text", "textrm", "textit", "mathit", "emph", "boldsymbol", "bm",
          "mathcal", "mathbb", "mathsf", "texttt", "mathtt", "operatorname", "underline", "textsc", "mbox",
          # accents sit on their argument: "$\\hat{\\epsilon} = 6.2$" reads "ε = 6.2"
          "hat", "widehat", "tilde", "widetilde", "bar", "overline", "vec", "dot", "ddot", "check", "breve"}
# Spacing commands: "3.18\\,\\times" reads "3.18 ×".
SPACES = {",", ";", ":", "!", " ", "quad", "qquad", "enspace", "thinspace"}

MATH = re.compile(r"(?<!\\)\$([^$]+?)(?<!\\)\$")
COMMAND = re.compile(r"\\([A-Za-z]+|.)")
MATH_LIKE = re.compile(r"[\\{}^_]")
# Outside math: TeX's en dash between figures, written as two hyphens ("$2\\times$--$3\\times$",
# "10--20\\%"), its escaped signs ("20\\%"), its spaces ("vs.\\ 63.4", "3\\,GB") and its grouped comma
# ("3{,}412").
TEXT_MARKUP = re.compile(r"(?<=[0-9$%])--(?=[0-9$])|\\[ ,%&_#]|\{,\}")
TEXT_READS = {"--": "–", "\\ ": " ", "\\,": " ", "\\%": "%", "\\&": "&", "\\_": "_", "\\#": "#", "{,}": ","}


def is_math(match):
    """Whether the text between two dollar signs is math rather than the words between two prices
    ("from $1.42 to $0.19": a dollar sign before a figure opens no math unless TeX follows)."""
    body = match.group(1)
    if MATH_LIKE.search(body) is not None:
        return True
    after = match.string[match.end() : match.end() + 1]
    return len(body) <= 20 and not any(c.isspace() for c in body) and not after.isdigit()


class PlainText:
    """A text with its math read as plain text (``plain``), and the way back: for each character of
    ``plain``, where in the page's text the characters it stands for start and end."""

    __slots__ = ("text", "plain", "starts", "ends")

    def __init__(self, text):
        self.text, self.plain, self.starts, self.ends = text, text, None, None
        if "$" not in text and TEXT_MARKUP.search(text) is None:
            return  # most texts: nothing to read, and offsets are the page's own
        out, starts, ends = [], [], []
        pos = 0
        for m in MATH.finditer(text):
            if is_math(m):
                _keep(text, pos, m.start(), out, starts, ends)
                _math(text, m.start(1), m.end(1), out, starts, ends)
                pos = m.end()
        _keep(text, pos, len(text), out, starts, ends)
        plain = "".join(out)
        if plain != text:
            self.plain, self.starts, self.ends = plain, starts, ends

    def span(self, start, end):
        """The (start, end) in the page's text of the plain text's characters start..end-1."""
        if self.starts is None or end <= start:
            return start, end
        return self.starts[start], self.ends[end - 1]


def _keep(text, lo, hi, out, starts, ends):
    """The text between math spans, as written, but for TeX's markup there (``TEXT_MARKUP``): "1.5$\\times$--2$\\times$"
    is a range, "1.5×–2×"; "(63.0 vs.\\ 63.4)" reads "(63.0 vs. 63.4)"."""
    i = lo
    for m in TEXT_MARKUP.finditer(text, lo):  # (not endpos=hi: the look-ahead must see the "$" that opens the next math)
        if m.end() > hi:
            break
        out.append(text[i : m.start()])
        starts.extend(range(i, m.start()))
        ends.extend(range(i + 1, m.start() + 1))
        out.append(TEXT_READS[m.group()])
        starts.append(m.start())
        ends.append(m.end())
        i = m.end()
    out.append(text[i:hi])
    starts.extend(range(i, hi))
    ends.extend(range(i + 1, hi + 1))


def _math(text, lo, hi, out, starts, ends):
    """The typeset reading of ``text[lo:hi]``, a math span's body, character by character."""
    i = lo
    while i < hi:
        c = text[i]
        if c == "\\":
            m = COMMAND.match(text, i, hi)
            name = m.group(1) if m else ""
            end = m.end() if m else i + 1
            if name in STYLES:
                pass  # the argument follows in braces, which are dropped below
            elif name in SPACES or name in SYMBOLS:
                out.append(" " if name in SPACES else SYMBOLS[name])
                starts.append(i)
                ends.append(end)
            else:
                out.append(name)
                starts.extend(range(i + 1, end))
                ends.extend(range(i + 2, end + 1))
            i = end
        elif c in "{}":
            i += 1
        elif c == "^" and out and out[-1][-1:] in {"L", "ℓ"} and i + 1 < hi \
                and (text[i + 1].isdigit() or text[i + 1] == "{" and text[i + 2 : i + 3].isdigit()):
            i += 1  # a norm's index written on its letter, "$L^2$", reads "L2" as authors also write it (not "O(n^2)")
        else:
            out.append(" " if c == "~" else c)  # (a tilde is TeX's non-breaking space)
            starts.append(i)
            ends.append(i + 1)
            i += 1

"""The knowledge base: named methods, datasets, metrics and tasks, kept as JSONL data.

Each line of ``nlp/kb/*.jsonl`` is one entry (see ``nlp/kb/README.md``). Loading
checks the data so that a bad edit fails loudly at start-up, not as a silent
miss on some user's page.
"""
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from .labels import LABELS

KB_DIR = Path(__file__).parent / "kb"


class KnowledgeBaseError(ValueError):
    pass


@dataclass(frozen=True)
class Entry:
    canonical: str
    label: str
    aliases: tuple = ()
    description: str = ""
    url: str = ""
    case_sensitive: bool = False
    match_canonical: bool = True
    measure: str = ""  # a benchmark's headline measure: a bare "62.4% on SWE-bench" is a resolve rate
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def surfaces(self):
        """The canonical name and every alias, each once, in file order."""
        return tuple(dict.fromkeys((self.canonical, *self.aliases)))

    @property
    def found_surfaces(self):
        """The surfaces looked for in text: all of them, or only the aliases where the canonical
        is a word too common to highlight on its own ("memory", the name every memory
        footprint is reported under, is found as "GPU memory", "peak memory", ...)."""
        return self.surfaces if self.match_canonical else tuple(dict.fromkeys(self.aliases))

    def match_forms(self):
        """Every (form, exact_case) the matcher looks for: the surfaces as written
        plus the spelling variants authors use for them, so the data need not list
        them all: CIFAR-10 → CIFAR10, CIFAR 10; super-resolution → super resolution;
        diffusion model → diffusion models. A name with a digit matches in any case
        (cifar-10, Resnet-50), since no English word looks like it."""
        forms = {}
        for surface in self.found_surfaces:
            exact = self.exact_case(surface) and not (any(c.isdigit() for c in surface) and not self.case_sensitive)
            for form in _spelling_variants(surface, exact):
                forms.setdefault(form, exact)
            if self.label == "METRIC" and exact and ACRONYM.fullmatch(surface):
                # a measure reported per setting is written in the plural: "EERs are 0.71% and
                # 1.29%", "MRRs of 0.763 and 0.821"
                forms.setdefault(surface + "s", True)
            elif self.label == "METRIC" and PLURAL_HEAD.search(surface):
                # "BD-rates of -21.8% and -25.4%", "error rates", "F1 scores": a head that takes an -s
                forms.setdefault(surface + "s", exact)
        return list(forms.items())

    def exact_case(self, surface):
        """Whether ``surface`` must match in exactly this case.

        A one-word name with a capital letter (ImageNet, FID, SPAN) is matched as
        written; lowercase and multi-word names (knowledge distillation,
        Fréchet Inception Distance) are matched in any case.
        """
        if self.case_sensitive:
            return True
        return " " not in surface and surface != surface.lower()


ACRONYM = re.compile(r"[A-Z][A-Z0-9]*[A-Z]")
PLURAL_HEAD = re.compile(r"(?:rate|score|error|ratio|distance|loss|gap|time|cost|similarity|coefficient|correlation)$",
                         re.I)


def _spelling_variants(surface, exact):
    yield surface
    if "-" in surface:
        yield surface.replace("-", " ")
        parts = surface.split("-")
        # Joining only where a part is a code, not a word: CIFAR-10 → CIFAR10, not low-rank → lowrank.
        if any(any(c.isdigit() or c.isupper() for c in part) for part in parts[1:]):
            yield "".join(parts)
    if not exact and "-" in surface:
        # Matched in any case, but "Image Super-Resolution" keeps "Super-Resolution"
        # as one token where "super-resolution" is three: give the matcher both. Also
        # for names with an acronym in them: "sparse-view 3D reconstruction" is written
        # "Sparse-View 3D Reconstruction" in a title, "multi-hop QA" "Multi-Hop QA".
        yield " ".join("-".join(p[:1].upper() + p[1:] for p in word.split("-")) for word in surface.split(" "))
    if not exact and " " in surface and surface == surface.lower():
        last = surface.rsplit(" ", 1)[1]
        if last.isalpha() and not last.endswith("s"):
            yield surface + ("es" if last.endswith(("x", "ch", "sh")) else "s")


def load_entries(kb_dir=KB_DIR):
    """Read every entry, rejecting malformed lines and aliases claimed twice."""
    entries = []
    for path in sorted(Path(kb_dir).glob("*.jsonl")):
        with path.open(encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):
                if not line.strip():
                    continue
                where = f"{path.name}:{lineno}"
                try:
                    raw = json.loads(line)
                except json.JSONDecodeError as e:
                    raise KnowledgeBaseError(f"{where}: not JSON ({e.msg})") from None
                entries.append(_entry(raw, where))
    check_unique_aliases(entries)
    return entries


def _entry(raw, where):
    if not isinstance(raw, dict) or not isinstance(raw.get("canonical"), str) or not raw["canonical"].strip():
        raise KnowledgeBaseError(f"{where}: an entry needs a non-empty 'canonical' string")
    if raw.get("label") not in LABELS:
        raise KnowledgeBaseError(f"{where}: label {raw.get('label')!r} is not one of {', '.join(LABELS)}")
    aliases = raw.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise KnowledgeBaseError(f"{where}: 'aliases' must be a list of non-empty strings")
    measure = raw.get("measure", "")
    if measure and (raw["label"] != "DATASET" or not isinstance(measure, str) or not measure.strip()):
        raise KnowledgeBaseError(f"{where}: 'measure' is a non-empty string, on DATASET entries only")
    known = {"canonical", "label", "aliases", "description", "url", "case_sensitive", "match_canonical", "measure"}
    return Entry(
        canonical=raw["canonical"].strip(),
        label=raw["label"],
        aliases=tuple(a.strip() for a in aliases),
        description=raw.get("description", ""),
        url=raw.get("url", ""),
        case_sensitive=bool(raw.get("case_sensitive", False)),
        match_canonical=bool(raw.get("match_canonical", True)),
        measure=measure.strip() if measure else "",
        extra={k: v for k, v in raw.items() if k not in known},
    )


def check_unique_aliases(entries):
    """No surface may point at two entries, unless both match by exact case and differ in it."""
    seen = {}
    for entry in entries:
        for surface in entry.surfaces:
            key = surface.lower()
            for other, other_surface in seen.get(key, []):
                if other is entry:
                    continue
                both_exact = entry.exact_case(surface) and other.exact_case(other_surface)
                if not (both_exact and surface != other_surface):
                    raise KnowledgeBaseError(
                        f"{surface!r} is claimed by {other.label} {other.canonical!r} "
                        f"and {entry.label} {entry.canonical!r}"
                    )
            seen.setdefault(key, []).append((entry, surface))

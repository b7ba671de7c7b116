"""The knowledge base's names as the pipeline's tokenizer splits them, kept on disk
between starts, as Python keeps compiled modules in ``__pycache__``.

Building the phrase matcher needs every name and alias (over 40,000 forms with
their title-case variants) as token sequences. Tokenizing them made a spaCy
``Doc`` per form and a lexeme per new word, and was most of the server's start-up.
The matcher only needs each token's text, so the texts are cached: the first
start tokenizes and writes the cache, later starts read it and hand the matcher
hashes, with no ``Doc`` and no lexeme made (a word gets its lexeme when a text
first uses it, as any word does).

The cache is keyed by what decides a split: spaCy's version and the source of
``nlp/tokenizer.py``. A form it lacks (a new alias) is tokenized at start-up and
the cache rewritten; a cache that cannot be read or written is only a slower start.
"""
import hashlib
import json
import os
import tempfile
from pathlib import Path

import spacy

TOKENIZER_SOURCE = Path(__file__).with_name("tokenizer.py")


def cache_path():
    """$PAPERLENS_CACHE_DIR, else the user's cache folder ($XDG_CACHE_HOME or ~/.cache)/paperlens."""
    root = os.environ.get("PAPERLENS_CACHE_DIR")
    if not root:
        root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "paperlens"
    return Path(root) / "kb-form-tokens.json"


def fingerprint():
    digest = hashlib.sha256(spacy.__version__.encode())
    digest.update(TOKENIZER_SOURCE.read_bytes())
    return digest.hexdigest()[:16]


class FormTokens:
    """``tokens(forms)`` -> each form's token texts, from the cache or the tokenizer."""

    def __init__(self, tokenizer, path=None):
        self.tokenizer = tokenizer
        self.path = Path(path) if path is not None else cache_path()
        self.fingerprint = fingerprint()
        self.known = self._read()
        self.used = set()
        self.added = False

    def _read(self):
        try:
            with self.path.open(encoding="utf-8") as f:
                data = json.load(f)
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict) or data.get("fingerprint") != self.fingerprint \
                or not isinstance(data.get("forms"), dict):
            return {}
        return data["forms"]

    def tokens(self, forms):
        """The token texts of each of ``forms``, in order."""
        known = self.known
        missing = [f for f in dict.fromkeys(forms) if f not in known]
        if missing:
            for form, doc in zip(missing, self.tokenizer.pipe(missing)):
                known[form] = [t.text for t in doc]
            self.added = True
        self.used.update(forms)
        return [known[f] for f in forms]

    def save(self):
        """Write the cache if a form was tokenized: the forms used this time, and no others
        (so an alias taken out of the knowledge base leaves it too). Written whole to a
        temporary file and moved into place, so a reader never sees half a cache."""
        if not self.added:
            return
        forms = {f: self.known[f] for f in sorted(self.used)}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=self.path.parent, delete=False,
                                             prefix=".kb-form-tokens-", suffix=".tmp") as f:
                json.dump({"fingerprint": self.fingerprint, "forms": forms}, f, ensure_ascii=False,
                          separators=(",", ":"))
            os.replace(f.name, self.path)
        except OSError:
            pass  # a read-only home: the next start tokenizes again

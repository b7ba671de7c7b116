"""PaperLens's spaCy components, registered as factories for ``config.cfg``: importing this
module registers them all (``nlp/pipeline.py`` does).

The components pass their entities along as candidate ``(start, end, label,
canonical)`` tuples in ``doc.user_data`` (``candidates.py``), and the last one,
``paperlens_ents``, writes ``doc.ents`` once (``entities.py``): reading and writing
``doc.ents`` walks every token, and doing it in each component cost more than the
tokenizer. A span's canonical name is its ``kb_id_`` (readable as ``span._.canonical``),
so every later step, and the server, reads one attribute.

The whole pipeline must cost at most a few times the tokenizer (see
``bench/pipeline.py``), so the components look at few tokens one by one: they
screen with one shared lexeme flag (``word_screen.py``), the phrase matcher and
regular expressions over the text, share the per-token "already taken" flags, and
process ``nlp.pipe``'s docs a batch at a time (``base.BatchComponent``).

In pipeline order: ``kb_matcher.py`` (paperlens_kb), ``context_rules.py``
(paperlens_context), ``abbreviations.py`` (paperlens_abbreviations), ``coined_names.py``
(paperlens_coined_names), ``task_phrases.py`` (paperlens_task_phrases), ``settings.py``
(paperlens_result_settings), ``qualifiers.py`` (paperlens_metric_qualifiers), ``results.py``
(paperlens_results), ``entities.py`` (paperlens_ents).
"""
from . import (abbreviations, coined_names, context_rules, entities, kb_matcher, qualifiers, results, settings,
               task_phrases)

__all__ = ["abbreviations", "coined_names", "context_rules", "entities", "kb_matcher", "qualifiers", "results",
           "settings", "task_phrases"]

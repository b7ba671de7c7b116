"""What every PaperLens component is built on: running over ``nlp.pipe``'s docs a batch at a
time, knowing its name for error handlers, and asking the knowledge-base matcher about names."""
from spacy.util import minibatch, raise_error


class BatchComponent:
    """``nlp.pipe`` for a rule component: the component runs over a batch of docs
    before the next one starts.

    Run doc by doc, each step of the pipeline pushes the others' working data (the
    tokenizer's cache, the matchers' tables, the string store) out of the CPU cache;
    run over a batch, each step finds its own still there. Each doc gets exactly
    what calling the component on it gives.
    """

    name = None
    _error_handler = None

    def pipe(self, docs, batch_size=128):
        """Each doc, as ``self(doc)`` makes it, ``batch_size`` docs at a time (nlp.pipe
        passes the config's ``[nlp] batch_size``)."""
        error_handler = self.get_error_handler()
        for batch in minibatch(docs, size=batch_size):
            for doc in batch:
                try:
                    yield self(doc)
                except Exception as e:
                    error_handler(self.name, self, [doc], e)

    def get_error_handler(self):
        return self._error_handler or raise_error

    def set_error_handler(self, error_handler):
        self._error_handler = error_handler


class UsesKnowledgeBase:
    """A component that asks the pipeline's knowledge-base matcher about names: it is looked up on first use
    (the matcher is added to the pipeline before these components) and kept. Needs ``self.nlp``."""

    _kb_pipe = False

    def _kb(self):
        if self._kb_pipe is False:
            self._kb_pipe = self.nlp.get_pipe("paperlens_kb") if "paperlens_kb" in self.nlp.pipe_names else None
        return self._kb_pipe


def named(component, name):
    """The component, knowing its name in the pipeline (for error handlers)."""
    component.name = name
    return component

"""The coding pipeline: Article -> parsed sentences -> events.

    coder = Coder()                        # loads spaCy, the ontology, patterns and actors once
    for article, events in coder.code_articles(articles):
        ...

Each stage has one plain signature over the data classes: `parse` gives an Article its sentences,
`SentenceCoder.code` turns one sentence into events. A `Coder` is cheap to reuse and safe to build
once per worker process.
"""
from __future__ import annotations

import logging
import re
from typing import Iterable, Iterator

from .actors.dictionary import load_dictionary
from .actors.gazetteer import load_places
from .actors.resolve import DocumentActors
from .coding.coder import SentenceCoder, fill_counterparts
from .coding.ontology import load_ontology
from .coding.patterns import load_patterns
from .errors import InputError
from .model import Article, Event, Sentence
from .nlp.parse import load_nlp, normalise, parse, surface
from .options import Options

log = logging.getLogger(__name__)


def check_article(article: Article, options: Options) -> None:
    """Raise InputError for a document the coder must refuse."""
    if not isinstance(article.text, str) or not article.text.strip():
        raise InputError(article.id, "empty document: no text to code")
    if len(article.text) > options.max_chars:
        raise InputError(article.id, f"document too large: {len(article.text):,} characters, the limit is "
                                     f"{options.max_chars:,} (split it, or raise --max-chars)")


# A line that links to other stories, whose events are theirs, not this article's
LINK_LINE = re.compile(r"^\s*(related( stories| articles| coverage)?|read more|read also|also read|see also|more on this"
                       r"( story)?|recommended|watch|listen)\s*[:|]", re.IGNORECASE)

class Coder:
    """Everything needed to code articles, loaded once."""

    def __init__(self, options: Options | None = None):
        self.options = options or Options()
        self.nlp = load_nlp()
        self.ontology = load_ontology()
        self.patterns = load_patterns(self.options.patterns_files)
        self.dictionary = load_dictionary(self.options.actors_files)
        load_places()  # the gazetteer, read now so that forked workers share it
        self.classifier = None
        if self.options.classifier:
            from .coding.classifier import CategoryClassifier

            self.classifier = CategoryClassifier.load(self.options.classifier_model)
        self.sentence_coder = SentenceCoder(self.patterns, self.ontology, self.options.modalities,
                                            self.classifier.labels if self.classifier else None)

    def code_article(self, article: Article) -> list[Event]:
        check_article(article, self.options)
        return self._code_doc(article, parse(self.nlp, article.text))

    def code_articles(self, items: Iterable[Article | InputError]
                      ) -> Iterator[tuple[Article | None, list[Event] | InputError]]:
        """Code a stream of articles, parsing them in batches; yields (article, events) in order.

        A document the coder must refuse or fails on, or an InputError from the reader passed through
        the stream, comes out as (article or None, InputError), so that the caller can report it and go on.
        With `options.n_process` > 1 the documents are parsed and coded by that many worker processes
        (scale/parallel.py); the events are the same as in one process, in the same order.
        """
        if self.options.n_process > 1:
            from .scale.parallel import code_parallel

            return code_parallel(items, self.options, coder=self)
        return self.code_serial(items)

    def code_serial(self, items: Iterable[Article | InputError]
                    ) -> Iterator[tuple[Article | None, list[Event] | InputError]]:
        """`code_articles` in this process alone, whatever `options.n_process` says."""
        def texts():
            for item in items:
                if isinstance(item, InputError):
                    yield "", (None, item)
                    continue
                try:
                    check_article(item, self.options)
                except InputError as exc:
                    yield "", (item, exc)
                    continue
                yield normalise(item.text), (item, None)

        for doc, (article, error) in self.nlp.pipe(texts(), as_tuples=True, batch_size=self.options.batch_size):
            if error is not None:
                yield article, error
                continue
            doc.user_data["text"] = article.text
            try:
                events = self._code_doc(article, doc)
            except Exception as exc:  # a fault of the coder on one document is that document's, not the run's
                log.debug("coding %s failed", article.id, exc_info=True)
                yield article, InputError(article.id, f"could not be coded ({type(exc).__name__}: {exc})")
                continue
            yield article, events

    def _classify(self, doc, sents, actors: DocumentActors) -> dict:
        """The classifier's probabilities for the sentences that name an actor, in one batch per document
        (the others cannot give an event, and the embedding is the coder's most expensive step)."""
        if self.classifier is None:
            return {}
        named = {m.start for m in actors.matches if m.start not in actors.datelines}
        wanted = [(i, s) for i, s in enumerate(sents) if any(s.start <= t < s.end for t in named)]
        if not wanted:
            return {}
        probs = self.classifier.predict_proba([surface(doc, s.start_char, s.end_char).strip() for _, s in wanted])
        return {i: p for (i, _), p in zip(wanted, probs)}

    def _code_doc(self, article: Article, doc) -> list[Event]:
        actors = DocumentActors(doc, self.dictionary, article.date)
        events: list[Event] = []
        article.sentences = []
        sents = list(doc.sents)
        probs = self._classify(doc, sents, actors)
        judged: list = []  # criticisms of deeds told before, named by their noun alone (see fill_counterparts)
        for index, sent in enumerate(sents):
            text = surface(doc, sent.start_char, sent.end_char)
            if not text.strip():
                continue
            article.sentences.append(Sentence(index, text, sent.start_char, sent.end_char))
            if LINK_LINE.match(text):
                continue  # "Related: U.S. accuses Russia of ...": the headline of another story
            events.extend(self.sentence_coder.code(sent, index, actors, article.id, article.date, article.url,
                                                   probs.get(index), judged))
        # (the states named are read only for an article with an act that names no one)
        named = actors.states_named() if any(ev.target is None for ev in events) else []
        fill_counterparts(events, judged, named)
        return events

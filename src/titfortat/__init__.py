"""titfortat: political event data from the news.

Read news reports, code who did what to whom (CAMEO and PLOVER), keep the evidence, store the
events and follow the action-reaction chains between states.

    >>> from titfortat import Coder, Article
    >>> coder = Coder()
    >>> events = coder.code_article(Article(id="a1", text="Russia expelled two British diplomats.", date="2018-03-17"))
"""
import logging

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

from .model import Actor, Article, Event, Evidence, Location, Sentence  # noqa: E402
from .errors import TitfortatError, InputError, DatabaseError  # noqa: E402


def __getattr__(name):
    # The coder pulls in spaCy; import it only when asked for.
    if name in ("Coder", "Options"):
        from . import pipeline, options

        return {"Coder": pipeline.Coder, "Options": options.Options}[name]
    raise AttributeError(name)


__all__ = ["Actor", "Article", "Event", "Evidence", "Location", "Sentence", "Coder", "Options",
           "TitfortatError", "InputError", "DatabaseError", "__version__"]

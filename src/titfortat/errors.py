"""Named exceptions. The library raises these; the command line turns them into one-line hints."""


class TitfortatError(Exception):
    """Base class of every error titfortat raises on purpose."""


class InputError(TitfortatError):
    """A document could not be read or coded. `doc` names the document (file, file:line or id)."""

    def __init__(self, doc: str, reason: str):
        super().__init__(f"{doc}: {reason}")
        self.doc = doc
        self.reason = reason


class DataFileError(TitfortatError):
    """A packaged or user data file (patterns, actors, ontology) is malformed."""


class DatabaseError(TitfortatError):
    """The database URL is not supported, or the database cannot be reached or written."""


class MissingExtra(TitfortatError):
    """A feature needs an optional dependency that is not installed."""

    def __init__(self, feature: str, extra: str):
        super().__init__(f"{feature} needs the '{extra}' extra: pip install 'titfortat[{extra}]'")

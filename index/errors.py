"""Errors a user can cause and should see as one clear line, never a traceback."""


class DossierError(Exception):
    """A problem with the user's input (folder, article, query): show the message, exit 2."""


class QueryError(DossierError):
    """A query that cannot be parsed."""


class Cancelled(Exception):
    """Raised by a progress callback to stop an update (the reader is closing): the live
    index is left as it was, and no worker process outlives the call."""

"""Errors a user can cause and should see as one clear line, never a traceback."""


class DossierError(Exception):
    """A problem with the user's input (folder, article, query): show the message, exit 2."""


class QueryError(DossierError):
    """A query that cannot be parsed."""

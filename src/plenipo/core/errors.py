"""Errors that name the problem in one line; surfaces map them to exit 2 / HTTP 4xx."""


class PlenipoError(Exception):
    """Base for domain errors whose message is fit to show a user."""


class NotFound(PlenipoError):
    """An unknown code or identifier."""


class InvalidInput(PlenipoError):
    """Input that is malformed, impossible or not allowed."""

"""Errors a user can act on.

Every failure caused by input (a missing database, a malformed file, an unknown model, an empty
question) is raised as an :class:`SlmsqlError` carrying a short machine-readable ``code`` and a
one-line message that names the input and the problem. The CLI prints that line and exits non-zero;
anything else is a bug.
"""

from __future__ import annotations


class SlmsqlError(Exception):
    """A user-facing error: ``code`` for programs, ``message`` (one line) for people."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = " ".join(message.split())  # always a single line

    def __str__(self) -> str:
        return self.message


class InputError(SlmsqlError):
    """Bad input: a file, name or argument the user gave."""

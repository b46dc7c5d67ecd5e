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


def shown_path(path: object, limit: int = 160) -> str:
    """A path (or any name) for an error message: one line, control characters escaped, and the middle
    left out when it is longer than ``limit`` characters, so a hostile name cannot bury the message."""
    text = "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in str(path))
    if len(text) <= limit:
        return text
    keep = (limit - 3) // 2
    return f"{text[:keep]}...{text[-keep:]}"

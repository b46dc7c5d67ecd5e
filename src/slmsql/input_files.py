"""Reading the files people hand us (datasets, predictions, tables.json) so that every way one can
be bad ends in one :class:`~slmsql.errors.InputError` line naming the file and the problem.

Two hazards the plain calls do not cover: a FIFO (or device) given as a file blocks the read
forever, and JSON nested a few thousand levels deep makes the parser raise RecursionError, which is
no ValueError. Both end here as InputError.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

from slmsql.errors import InputError, shown_path

_CHUNK = 1 << 20


def read_regular_file(path: str | Path, *, what: str, code: str) -> bytes:
    """The bytes of ``path``, which must be a regular file (checked on the open file, without ever
    blocking on a pipe). ``what`` names the input in the message (``"predictions"``); ``code`` is the
    error code's stem (``"predictions"`` gives ``predictions_missing``, ``predictions_unreadable``...)."""
    shown = f"{what} {shown_path(path)}"
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise InputError(f"{code}_missing", f"{shown}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{code}_is_directory", f"{shown}: is a directory, not a file") from None
    except (OSError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "the path contains a NUL character"
        raise InputError(f"{code}_unreadable", f"{shown}: cannot be read ({reason})") from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise InputError(f"{code}_is_directory", f"{shown}: is a directory, not a file")
        if not stat.S_ISREG(mode):
            raise InputError(f"{code}_not_regular", f"{shown}: not a regular file (a pipe, socket or device)")
        chunks = []
        while chunk := os.read(fd, _CHUNK):
            chunks.append(chunk)
        return b"".join(chunks)
    except OSError as exc:
        raise InputError(f"{code}_unreadable", f"{shown}: cannot be read ({exc.strerror})") from None
    finally:
        os.close(fd)


def parse_json(text: str | bytes, *, what: str, code: str, line: int | None = None) -> Any:
    """``json.loads(text)``, or one InputError with ``code`` whose message starts with ``what`` (the
    input, ``"dataset d.json"``) and, for one line of a JSON Lines file, ``line``."""
    where = f"{what}: line {line}" if line is not None else what
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        at = f"column {exc.colno}" if line is not None else f"at line {exc.lineno}, column {exc.colno}"
        raise InputError(code, f"{where}: malformed JSON {at}: {exc.msg}") from None
    except RecursionError:
        raise InputError(code, f"{where}: JSON nested too deeply to read") from None
    except ValueError as exc:  # an integer of more digits than Python converts, bytes not UTF-8
        raise InputError(code, f"{where}: unreadable JSON ({exc})") from None

"""Predictions answered and run on another engine than the dataset's SQLite files (``--db-url``).

A benchmark's databases can be loaded into PostgreSQL, MySQL/MariaDB or DuckDB (one database or file
per ``db_id``); ``slmsql predict --db-url TEMPLATE`` then answers each question on the URL made from
the template by putting the question's ``db_id`` in place of ``{db_id}`` (``{db_id_lower}``: lower-cased,
as ``bench/spider_engines.py`` names Spider's PostgreSQL databases), and ``slmsql eval --db-url
TEMPLATE`` runs the predictions there. The gold SQL always runs on the dataset's SQLite file (it is
written in SQLite's dialect), so the SQLite layout (``--db-dir``) is still needed, and the questions
are the same ones with or without the option.

Two engines need not give the same float for the same data (PostgreSQL's ``numeric`` averages carry
more digits than SQLite's doubles, a DuckDB ``REAL`` column is single precision): results compared
across engines have their floats rounded (:func:`slmsql.evaluation.metrics.rounded_floats`).

A template holds a password when its URL does: messages show it masked only (:func:`mask_url`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from slmsql.db.engines import is_url, mask_url, parse_database_url, release, run_on_url
from slmsql.errors import InputError

PLACEHOLDER = "{db_id}"
LOWER_PLACEHOLDER = "{db_id_lower}"
# A db_id goes into a URL (a database name, a file name) as it is: only names that need no quoting.
_PLAIN_DB_ID = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.\-]*")
# Seconds the check of a database may take (connecting included).
CHECK_TIMEOUT_S = 15.0


@dataclass(frozen=True)
class DatabaseURLTemplate:
    """A checked ``--db-url`` template. ``template`` may hold a password: show :attr:`shown`."""

    template: str
    engine: str  # postgresql | mysql | mariadb | duckdb

    @property
    def shown(self) -> str:
        return mask_url(self.template)

    def url(self, db_id: str) -> str:
        """The URL of ``db_id``'s database (password included: never show it)."""
        return self.template.replace(PLACEHOLDER, db_id).replace(LOWER_PLACEHOLDER, db_id.lower())

    def shown_url(self, db_id: str) -> str:
        return mask_url(self.url(db_id))

    @classmethod
    def parse(cls, value: str) -> DatabaseURLTemplate:
        """Check ``value`` as a template: one :class:`InputError` line (password masked) when it has
        neither ``{db_id}`` nor ``{db_id_lower}``, is no URL, or names an engine or driver slmsql
        cannot use."""
        shown = mask_url(value)
        if PLACEHOLDER not in value and LOWER_PLACEHOLDER not in value:
            raise InputError(
                "db_url_no_placeholder",
                f"--db-url {shown}: has no {PLACEHOLDER} (or {LOWER_PLACEHOLDER}) to put each question's "
                f"database in (e.g. postgresql+psycopg://user@host:5432/{PLACEHOLDER} or "
                f"duckdb:////data/{PLACEHOLDER}.duckdb)",
            )
        if not is_url(value):
            raise InputError("db_url_bad", f"--db-url {shown}: not a database URL (scheme://...)")
        sample = cls(value, "").url("db_id")
        try:
            engine = parse_database_url(sample).engine.kind
        except InputError as exc:
            if exc.code != "db_missing":  # a DuckDB file named by the sample: its scheme was fine
                reason = exc.message.removeprefix(f"database {mask_url(sample)}: ")
                raise InputError(exc.code, f"--db-url {shown}: {reason}") from None
            engine = "duckdb"
        return cls(value, engine)

    def check(self, db_ids: Iterable[str]) -> None:
        """Check that every database of ``db_ids`` can be reached (one ``SELECT 1`` each); the first
        that cannot is one :class:`InputError` line naming the db_id and its URL, password masked."""
        for db_id in dict.fromkeys(db_ids):
            if not _PLAIN_DB_ID.fullmatch(db_id):
                raise InputError(
                    "db_url_bad_db_id",
                    f"--db-url {self.shown}: database id {db_id!r} cannot be put in a URL "
                    "(letters, digits, '_', '.' and '-' only)",
                )
            url = self.url(db_id)
            try:
                db = parse_database_url(url)
            except InputError as exc:
                raise self._unreachable(db_id, exc.message) from None
            try:
                result = run_on_url(db, "SELECT 1", timeout_s=CHECK_TIMEOUT_S)
            finally:
                release(db)  # no connection held here when query workers are forked
            if not result.ok:
                raise self._unreachable(db_id, result.message)

    def _unreachable(self, db_id: str, message: str) -> InputError:
        shown = self.shown_url(db_id)
        reason = message.removeprefix(f"database {shown}: ")
        return InputError("db_unreachable", f"--db-url: db_id {db_id}: {shown} cannot be reached ({reason})")

    def to_json(self) -> dict[str, str]:
        return {"engine": self.engine, "db_url": self.shown}


__all__ = ["LOWER_PLACEHOLDER", "PLACEHOLDER", "DatabaseURLTemplate"]

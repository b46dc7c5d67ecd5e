"""Test-suite databases: the SQLite files a question is scored on.

Spider's distilled test suites put several databases with the same schema (and different contents)
in one folder per ``db_id``; a prediction is right only when it matches the gold result on every one
of them. A question is scored on:

* with ``test_suite`` (``--test-suite DIR``): every ``DIR/<db_id>/*.sqlite``; its own database only
  when that folder has none;
* otherwise: every ``*.sqlite`` file in its database's own folder (``<db_dir>/<db_id>/``), which is
  just its database in the usual layout. A flat ``<db_dir>/<db_id>.sqlite`` stands alone.

The database named ``<db_id>.sqlite`` comes first (its row counts are the ones reported), the others
in name order. The official script takes every file whose name *contains* ``.sqlite`` (so also
``x.sqlite-journal``); we take only names ending in ``.sqlite``.
"""

from __future__ import annotations

from pathlib import Path

from slmsql.evaluation.datasets import Example


class SuiteFinder:
    """Finds each question's databases, listing each folder once per evaluation."""

    def __init__(self, test_suite: Path | None = None) -> None:
        self.test_suite = test_suite
        self._listed: dict[Path, tuple[Path, ...]] = {}

    def databases(self, example: Example) -> tuple[Path, ...]:
        """The databases ``example`` runs on; empty when it has no database (a skipped question)."""
        if example.db_path is None:
            return ()
        if self.test_suite is not None:
            return self._in_folder(self.test_suite / example.db_id, example.db_id) or (example.db_path,)
        if example.db_path.parent.name != example.db_id:
            return (example.db_path,)
        return self._in_folder(example.db_path.parent, example.db_id) or (example.db_path,)

    def _in_folder(self, folder: Path, db_id: str) -> tuple[Path, ...]:
        if folder not in self._listed:
            try:
                files = [p for p in folder.iterdir() if p.suffix == ".sqlite" and p.is_file()]
            except OSError:  # no such folder (or unreadable): the question's own database is used
                files = []
            files.sort(key=lambda p: (p.name != f"{db_id}.sqlite", p.name))
            self._listed[folder] = tuple(files)
        return self._listed[folder]


__all__ = ["SuiteFinder"]

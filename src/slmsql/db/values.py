"""Find the database values a question mentions (OmniSQL-style value retrieval).

Each database's distinct short text values go into a BM25 index (bm25s) over their words. A question
is searched with each of its word n-grams (n = 1..8) and as a whole; a retrieved value is kept when
the longest stretch of it found in the question (case-insensitive) covers at least 85% of it. The
index is built once per database file and kept on disk under ``cache_dir("values")``, named by the
file's sha256, so another process (or a later run) loads it instead of scanning the database again,
and a changed file gets a fresh index.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

import bm25s
from bm25s.stopwords import STOPWORDS_EN

from slmsql import settings
from slmsql.db.connection import check_database_file, open_read_only
from slmsql.db.introspect import quote_identifier, table_names, type_affinity
from slmsql.errors import InputError

VALUE_MAX_CHARS = 40
# Caps that keep a huge database tractable (index build in seconds to a minute, a few MB on disk):
# at most 5,000 distinct values per column (a column with more is an id/free-text column whose
# values a question rarely quotes), 200,000 per database, and 5 s of scanning per column.
MAX_VALUES_PER_COLUMN = 5_000
MAX_VALUES_PER_DATABASE = 200_000
COLUMN_BUDGET_S = 5.0
MIN_COVERAGE = 0.85
MAX_NGRAM = 8
DEFAULT_LIMIT = 20
HITS_PER_QUERY = 10  # values retrieved per n-gram query before the coverage check
INDEX_FORMAT = 1  # part of the cache folder name: bump when the files below change
_WORD = re.compile(r"\w+")
_STOPWORDS = frozenset(STOPWORDS_EN)
_MEMORY: dict[tuple[str, int, int], ValueIndex] = {}


@dataclass(frozen=True)
class ValueMatch:
    """A stored value of ``table.column`` that the question mentions; ``coverage`` in [0.85, 1]."""

    table: str
    column: str
    value: str
    coverage: float


def values_by_column(matches: list[ValueMatch]) -> dict[tuple[str, str], list[str]]:
    """The matched values of each ``(table, column)``, as spelled in the schema, in the order the
    matches came (best first), without repeats. Keys keep the schema's spelling; callers that look
    columns up case-blind lower them."""
    by_column: dict[tuple[str, str], list[str]] = {}
    for match in matches:
        values = by_column.setdefault((match.table, match.column), [])
        if match.value not in values:
            values.append(match.value)
    return by_column


def tokenize(text: str) -> list[str]:
    """Lower-case words, English stop words dropped (as Lucene's analyzer that OmniSQL used)."""
    return [w for w in _WORD.findall(text.lower()) if w not in _STOPWORDS]


def question_queries(question: str, max_n: int = MAX_NGRAM) -> list[list[str]]:
    """The question's word n-grams (n = 1..max_n) and the whole question, tokenized, without repeats."""
    words = question.split()
    texts = [" ".join(words[i : i + n]) for n in range(1, max_n + 1) for i in range(len(words) - n + 1)]
    texts.append(question)
    queries = {tuple(tokenize(t)) for t in texts}
    return sorted(list(q) for q in queries if q)


def coverage(value: str, matcher: SequenceMatcher) -> float:
    """Share of ``value`` covered by its longest substring found in the matcher's question."""
    text = value.strip().lower()
    if not text:
        return 0.0
    matcher.set_seq1(text)
    return matcher.find_longest_match(0, len(text), 0, len(matcher.b)).size / len(text)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def collect_values(
    db_path: Path, on_progress: Callable[[int, int], None] | None = None
) -> dict[str, list[tuple[str, str]]]:
    """Distinct text values (1-40 characters) -> the (table, column) places holding them."""
    conn = open_read_only(db_path)
    places: dict[str, list[tuple[str, str]]] = {}
    try:
        targets = []
        for table in table_names(conn):
            for row in conn.execute(f"PRAGMA table_info({quote_identifier(table)})").fetchall():
                # Integer and real columns hold numbers, which questions quote as numbers anyway.
                if type_affinity(row[2] or "") not in ("INTEGER", "REAL"):
                    targets.append((table, row[1]))
        for done, (table, column) in enumerate(targets, 1):
            if len(places) >= MAX_VALUES_PER_DATABASE:
                break
            for value in _column_values(conn, table, column):
                places.setdefault(value, []).append((table, column))
            if on_progress:
                on_progress(done, len(targets))
    except sqlite3.DatabaseError as exc:
        raise InputError("db_corrupt", f"database {db_path}: cannot read its values ({exc})") from exc
    finally:
        conn.close()
    return places


def _column_values(conn: sqlite3.Connection, table: str, column: str) -> list[str]:
    col, tab = quote_identifier(column), quote_identifier(table)
    sql = (
        f"SELECT DISTINCT {col} FROM {tab} WHERE typeof({col}) = 'text' "
        f"AND length({col}) BETWEEN 1 AND {VALUE_MAX_CHARS} AND trim({col}) != '' "
        f"LIMIT {MAX_VALUES_PER_COLUMN}"
    )
    deadline = time.monotonic() + COLUMN_BUDGET_S
    conn.set_progress_handler(lambda: 1 if time.monotonic() > deadline else 0, 10_000)
    try:
        cursor = conn.execute(sql)
        values = []
        while True:  # keep what was read before the budget ran out
            try:
                row = cursor.fetchone()
            except (sqlite3.Error, MemoryError):  # the budget, or a value over SQLite's length limit
                break
            if row is None:
                break
            values.append(row[0])
        return values
    except (sqlite3.Error, MemoryError):
        return []
    finally:
        conn.set_progress_handler(None, 0)


class ValueIndex:
    """The searchable text values of one database. ``origin`` says how it was obtained: "built",
    "loaded" (from the disk cache) or "memory" (already in this process)."""

    def __init__(self, values: list[str], places: list[list[tuple[str, str]]], retriever: bm25s.BM25 | None):
        self.values = values
        self.places = places
        self.retriever = retriever
        self.origin = "built"

    @classmethod
    def from_places(cls, places: dict[str, list[tuple[str, str]]]) -> ValueIndex:
        # A value without words ("+", "-", "The") can never be retrieved: leave it out.
        values = sorted(v for v in places if tokenize(v))
        if not values:
            return cls([], [], None)
        retriever = bm25s.BM25()
        retriever.index([tokenize(v) for v in values], show_progress=False)
        return cls(values, [places[v] for v in values], retriever)

    @classmethod
    def for_database(
        cls, db_path: str | Path, on_progress: Callable[[int, int], None] | None = None
    ) -> ValueIndex:
        """The index of ``db_path``: from this process's memory, else the disk cache, else built
        (``on_progress(done, total)`` is called per scanned column) and cached."""
        path = check_database_file(db_path)
        stat = path.stat()
        key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size)
        if key in _MEMORY:
            index = _MEMORY[key]
            index.origin = "memory"
            return index
        folder = settings.cache_dir("values") / f"v{INDEX_FORMAT}-{file_sha256(path)}"
        index = cls.load(folder)
        if index is None:
            index = cls.from_places(collect_values(path, on_progress))
            try:
                index.save(folder)
            except OSError:  # an unwritable cache costs a rebuild in the next process, nothing more
                pass
        _MEMORY[key] = index
        return index

    def save(self, folder: Path) -> None:
        """Write to ``folder`` atomically: built aside, then renamed (a concurrent builder's copy wins)."""
        tmp = Path(tempfile.mkdtemp(prefix=folder.name + ".", dir=folder.parent))
        try:
            if self.retriever is not None:
                self.retriever.save(str(tmp / "bm25"), show_progress=False)
            payload = {"values": self.values, "places": self.places}
            (tmp / "values.json").write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
            os.rename(tmp, folder)
        except OSError:
            if not (folder / "values.json").is_file():
                raise
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    @classmethod
    def load(cls, folder: Path) -> ValueIndex | None:
        """The index saved in ``folder``, or None when there is none (or it is unreadable)."""
        try:
            payload = json.loads((folder / "values.json").read_text(encoding="utf-8"))
            values = payload["values"]
            places = [[(t, c) for t, c in p] for p in payload["places"]]
            retriever = bm25s.BM25.load(str(folder / "bm25"), show_progress=False) if values else None
        except (OSError, ValueError, KeyError, TypeError):
            shutil.rmtree(folder, ignore_errors=True)  # a damaged copy: rebuild it
            return None
        index = cls(values, places, retriever)
        index.origin = "loaded"
        return index

    def match(self, question: str, limit: int = DEFAULT_LIMIT) -> list[ValueMatch]:
        """Values the question mentions: best coverage first, then longer values, at most ``limit``."""
        if self.retriever is None or not question.strip() or limit <= 0:
            return []
        queries = question_queries(question)
        if not queries:
            return []
        k = min(HITS_PER_QUERY, len(self.values))
        found = self.retriever.retrieve(queries, k=k, show_progress=False, return_as="tuple")
        candidates = {
            int(doc)
            for docs, scores in zip(found.documents, found.scores, strict=True)
            for doc, score in zip(docs, scores, strict=True)
            if score > 0
        }
        matcher = SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(question.lower())
        matches = []
        for doc in candidates:
            share = coverage(self.values[doc], matcher)
            if share >= MIN_COVERAGE:
                value = self.values[doc]
                matches.extend(ValueMatch(t, c, value, round(share, 4)) for t, c in self.places[doc])
        matches.sort(key=lambda m: (-m.coverage, -len(m.value), m.table.lower(), m.column.lower(), m.value))
        return matches[:limit]

"""The first wall alone: with the policy switched off, each engine's read-only connection still stops
every write, transaction escape, file and extension attack of the corpus (PostgreSQL: the read-only
transaction and one protocol-level statement; MariaDB: START TRANSACTION READ ONLY and no
multi-statements; DuckDB: read_only, external access off). MariaDB's ``SELECT ... INTO OUTFILE``
is a file write no transaction stops: only the policy (and a role without the FILE privilege, see
the README) refuses it, so those cases are left out there."""

from __future__ import annotations

import glob
import json
import os

import pytest

import slmsql.db.engines as engines
from slmsql.db.policy import PolicyVerdict
from tests.db.attack_corpus import DISGUISES, FILES, SESSION, TARGET, WRITES
from tests.db.engine_data import files_under, snapshot

pytestmark = pytest.mark.engines

# Statements a role that owns the tables may run and that change nothing lasting once the transaction
# is rolled back, or that only touch the session (reset with the connection, which is dropped after).
_OUTFILE = ("INTO OUTFILE", "INTO DUMPFILE")


@pytest.mark.parametrize("kind", ["postgresql", "mariadb", "duckdb"])
def test_connection_alone_keeps_data_and_files(kind, request, monkeypatch):
    db = request.getfixturevalue(f"{kind}_shop")
    monkeypatch.setattr(engines, "check_sql", lambda sql, dialect="sqlite": PolicyVerdict(True))
    cases = [d.format(w=w, w_lower=w.lower()) for w in WRITES for d in DISGUISES] + SESSION + FILES
    if kind == "mariadb":
        cases = [c for c in cases if not any(word in c.upper() for word in _OUTFILE)]
    before, files_before = snapshot(db), files_under(db.folder)
    ran = []
    for sql in cases:
        result = engines.run_on_url(db.target, sql, timeout_s=2)
        if result.ok:
            ran.append(sql)
        engines.close_all()  # a session setting an attack made must not help the next one
    assert snapshot(db) == before
    assert files_under(db.folder) == files_before
    assert glob.glob(TARGET + "*") == []
    # Most are stopped by the engine itself; the few that run are reads or session-only statements.
    assert len(ran) < len(cases) // 4, ran
    folder = os.environ.get("SLMSQL_ATTACK_REPORT")
    if folder:
        with open(os.path.join(folder, f"first-wall-{kind}.json"), "w") as fh:
            json.dump({"cases": len(cases), "ran": len(ran), "ran_sql": ran}, fh, indent=1)

"""Session-wide database servers for the engine tests (see tests/db/servers.py), each stopped at the end."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

from tests.db.servers import need_module, start_mariadb, start_postgres


def _serve(start, prefix: str, module: str):
    need_module(module, module)
    # Not under pytest's temporary folder: that one is private to root, and the server runs as its own
    # unprivileged user.
    root = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        server = start(root)
        try:
            yield server
        finally:
            from slmsql.db.engines import close_all

            close_all()
            server.stop()
    finally:
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_server():
    yield from _serve(start_postgres, "slmsql-pg-", "psycopg")


@pytest.fixture(scope="session")
def mariadb_server():
    yield from _serve(start_mariadb, "slmsql-maria-", "pymysql")

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


ENGINE_KINDS = ("sqlite", "postgresql", "mariadb", "duckdb")


@pytest.fixture(scope="session")
def shop_folder():
    root = Path(tempfile.mkdtemp(prefix="slmsql-shop-"))
    yield root
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def sqlite_shop(shop_folder):
    from tests.db.engine_data import EngineDB, load

    folder = shop_folder / "sqlite"
    folder.mkdir()
    path = folder / "shop.sqlite"
    load("sqlite", str(path))
    return EngineDB("sqlite", str(path), "", folder, "sqlite")


@pytest.fixture(scope="session")
def duckdb_shop(shop_folder):
    need_module("duckdb", "duckdb")
    need_module("duckdb_engine", "duckdb-engine")
    from tests.db.engine_data import EngineDB, load

    folder = shop_folder / "duckdb"
    folder.mkdir()
    path = folder / "shop.duckdb"
    load("duckdb", str(path))
    return EngineDB("duckdb", f"duckdb:///{path}", "", folder, "duckdb")


@pytest.fixture(scope="session")
def postgresql_shop(postgres_server, shop_folder):
    from tests.db.engine_data import EngineDB, load

    load("postgresql", postgres_server.admin_url)
    server = postgres_server
    return EngineDB("postgresql", server.admin_url, server.reader_url, shop_folder, "postgres")


@pytest.fixture(scope="session")
def mariadb_shop(mariadb_server, shop_folder):
    from tests.db.engine_data import EngineDB, load

    load("mariadb", mariadb_server.admin_url)
    server = mariadb_server
    return EngineDB("mariadb", server.admin_url, server.reader_url, server.files, "mysql")


@pytest.fixture(params=ENGINE_KINDS)
def shop(request):
    """The shop database on each engine in turn."""
    return request.getfixturevalue(f"{request.param}_shop")

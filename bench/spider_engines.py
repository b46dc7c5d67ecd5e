"""Spider dev on PostgreSQL, DuckDB and (``--start-mariadb``) MariaDB: load each SQLite database (data
and keys), translate every gold query with sqlglot, and check its result against the SQLite gold
result.

Each database becomes a PostgreSQL database of the same name (identifiers lower-cased, as Spider's
unquoted SQL reads them there) and a DuckDB file. Column types come from the data: a column whose
values are all integers is ``bigint``, all numbers ``double precision``, anything else ``text`` (Spider's
SQLite files hold text in numeric columns). Primary and foreign keys are added where the data
satisfies them. Gold results are compared as Spider's evaluator does: rows as a bag, in order only
when the gold SQL has ORDER BY; floats rounded to 6 places.

    .venv/bin/python bench/spider_engines.py --data-dir ../shared/data --start-postgres \\
        --out bench/results/spider_engines/summary.json [--databases 5]

``--start-mariadb`` also runs a throw-away MariaDB (``lower_case_table_names=1``, binary collation so
text compares case-sensitively as in SQLite). ``--start-postgres`` runs a throw-away cluster
(tests/db/servers.py, Debian's postgresql package);
``--pg-url postgresql+psycopg://user:pw@host:port/postgres`` uses a server of yours (a role that may
create databases). The loaded databases stay until the cluster does.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import sqlglot
from sqlglot import exp

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # tests.db.servers, for --start-postgres


_INT = re.compile(r"-?(0|[1-9][0-9]{0,17})")
_REAL = re.compile(r"-?(0|[1-9][0-9]*)\.[0-9]+")


def _number(value):
    """``value`` as SQLite's numeric affinity would read it (ints, reals, and text that spells one
    without leading zeros), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, str):
        if _INT.fullmatch(value):
            return int(value)
        if _REAL.fullmatch(value):
            return float(value)
    return None


def _column_type(values: list) -> str:
    """Spider's files declare ids and years as text and store numbers there, which SQLite compares
    with numbers by affinity; a column whose values all read as numbers becomes numeric."""
    numbers = [_number(v) for v in values if v is not None]
    if any(n is None for n in numbers):
        return "text"
    if all(isinstance(n, int) and abs(n) < 2**63 for n in numbers):
        return "bigint"
    return "double precision"


def _clean(value):
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    if isinstance(value, str):
        return value.replace("\x00", "")
    return value


def read_sqlite(path: Path) -> list[dict]:
    """Tables with columns, types from the data, rows, primary key and foreign keys."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.text_factory = lambda b: b.decode("utf-8", errors="replace")
    tables = []
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"
    )]
    for name in names:
        info = conn.execute(f'PRAGMA table_info("{name}")').fetchall()
        rows = [tuple(_clean(v) for v in r) for r in conn.execute(f'SELECT * FROM "{name}"').fetchall()]
        columns = [(c[1].lower(), _column_type([r[i] for r in rows])) for i, c in enumerate(info)]
        pk = [c[1].lower() for c in sorted((c for c in info if c[5]), key=lambda c: c[5])]
        fks = [
            (f[3].lower(), f[2].lower(), (f[4] or "").lower())
            for f in conn.execute(f'PRAGMA foreign_key_list("{name}")').fetchall()
        ]
        tables.append({"name": name.lower(), "columns": columns, "rows": rows, "pk": pk, "fks": fks})
    conn.close()
    return tables


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _cast(value, kind: str):
    if value is None:
        return None
    if kind == "text":
        return str(value)
    number = _number(value)
    return float(number) if kind == "double precision" else number


def _create_statements(table: dict) -> str:
    cols = ", ".join(f"{_q(c)} {t}" for c, t in table["columns"])
    return f"CREATE TABLE {_q(table['name'])} ({cols})"


def _key_statements(tables: list[dict]) -> list[str]:
    out = []
    names = {t["name"] for t in tables}
    for t in tables:
        if t["pk"]:
            out.append(f"ALTER TABLE {_q(t['name'])} ADD PRIMARY KEY ({', '.join(map(_q, t['pk']))})")
    for t in tables:
        for col, ref_table, ref_col in t["fks"]:
            if ref_table in names and ref_col:
                out.append(
                    f"ALTER TABLE {_q(t['name'])} ADD FOREIGN KEY ({_q(col)}) "
                    f"REFERENCES {_q(ref_table)} ({_q(ref_col)})"
                )
    return out


def load_postgres(admin, db_id: str, tables: list[dict], base_url: str) -> str:
    import psycopg
    from sqlalchemy.engine import make_url

    name = db_id.lower()
    admin.execute(f"DROP DATABASE IF EXISTS {_q(name)}")
    admin.execute(f"CREATE DATABASE {_q(name)}")
    url = make_url(base_url).set(database=name)
    with psycopg.connect(host=url.host, port=url.port, user=url.username, password=url.password,
                         dbname=name, autocommit=True) as conn:
        for t in tables:
            conn.execute(_create_statements(t))
            kinds = [k for _, k in t["columns"]]
            with conn.cursor() as cur, cur.copy(f"COPY {_q(t['name'])} FROM STDIN") as copy:
                for row in t["rows"]:
                    copy.write_row([_cast(v, k) for v, k in zip(row, kinds, strict=False)])
        for sql in _key_statements(tables):
            try:
                conn.execute(sql)
            except psycopg.Error:
                pass  # the data breaks the key (Spider has duplicates and dangling references)
    return url.render_as_string(hide_password=False)


def load_mysql(base_url: str, db_id: str, tables: list[dict]) -> str:
    """A MariaDB/MySQL database per Spider database (the server run with lower_case_table_names=1,
    so that Spider's mixed-case table names resolve)."""
    import pymysql
    from sqlalchemy.engine import make_url

    url = make_url(base_url)
    conn = pymysql.connect(host=url.host, port=url.port, user=url.username, password=url.password,
                           autocommit=True, charset="utf8mb4")
    name = db_id.lower()
    kinds_sql = {"bigint": "bigint", "double precision": "double", "text": "longtext"}
    with conn.cursor() as cur:
        cur.execute(f"DROP DATABASE IF EXISTS `{name}`")
        cur.execute(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin")
        cur.execute(f"USE `{name}`")
        for t in tables:
            cols = ", ".join(f"`{c}` {kinds_sql[k]}" for c, k in t["columns"])
            cur.execute(f"CREATE TABLE `{t['name']}` ({cols})")
            kinds = [k for _, k in t["columns"]]
            rows = [[_cast(v, k) for v, k in zip(r, kinds, strict=False)] for r in t["rows"]]
            if rows:
                marks = ", ".join("%s" for _ in kinds)
                cur.executemany(f"INSERT INTO `{t['name']}` VALUES ({marks})", rows)
        for sql in _key_statements(tables):  # keys over text columns fail (no length): left out
            try:
                cur.execute(sql.replace('"', "`"))
            except pymysql.Error:
                pass
    conn.close()
    return url.set(database=name).render_as_string(hide_password=False)


def load_duckdb(folder: Path, db_id: str, tables: list[dict]) -> str:
    import duckdb

    path = folder / f"{db_id}.duckdb"
    path.unlink(missing_ok=True)
    conn = duckdb.connect(str(path))
    for t in tables:
        conn.execute(_create_statements(t).replace("double precision", "double"))
        kinds = [k for _, k in t["columns"]]
        rows = [[_cast(v, k) for v, k in zip(r, kinds, strict=False)] for r in t["rows"]]
        if rows:
            marks = ", ".join("?" for _ in kinds)
            conn.executemany(f"INSERT INTO {_q(t['name'])} VALUES ({marks})", rows)
    for sql in _key_statements(tables):
        if "PRIMARY KEY" in sql:  # DuckDB cannot add foreign keys to an existing table
            try:
                conn.execute(sql)
            except duckdb.Error:
                pass
    conn.close()
    return f"duckdb:///{path}"


def _canon(rows, ordered: bool):
    def value(v):
        if isinstance(v, float):
            return round(v, 6)
        return v

    canon = [tuple(value(v) for v in r) for r in rows]
    return canon if ordered else Counter(canon)


def _sqlite_strings(tree: exp.Expression, columns: set[str]) -> exp.Expression:
    """SQLite reads a double-quoted name that is no column as a string ("JetBlue Airways"): so does
    the translation."""
    for column in list(tree.find_all(exp.Column)):
        ident = column.this
        if (isinstance(ident, exp.Identifier) and ident.quoted and not column.table
                and ident.name.lower() not in columns):
            column.replace(exp.Literal.string(ident.name))
    return tree


def translate(sql: str, dialect: str, columns: set[str]) -> str | None:
    try:
        trees = sqlglot.parse(sql, read="sqlite")
        if len(trees) != 1 or trees[0] is None:
            return None
        return _sqlite_strings(trees[0], columns).sql(dialect=dialect)
    except Exception:  # sqlglot's parse and unsupported-syntax errors
        return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", default=os.environ.get("SLMSQL_DATA_DIR", "../shared/data"))
    parser.add_argument("--pg-url", help="an admin URL of a PostgreSQL server (or --start-postgres)")
    parser.add_argument("--start-postgres", action="store_true")
    parser.add_argument("--start-mariadb", action="store_true", help="also load and check on MariaDB")
    parser.add_argument("--databases", type=int, default=0, help="only the first N dev databases")
    parser.add_argument("--timeout", type=float, default=10.0)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    from slmsql.db.pool import QueryJob, QueryPool

    spider = Path(args.data_dir) / "spider"
    if not (spider / "dev.json").is_file():
        sys.exit(f"--data-dir {args.data_dir}: no spider/dev.json there")
    questions = json.loads((spider / "dev.json").read_text())
    db_ids = list(dict.fromkeys(q["db_id"] for q in questions))
    missing = [d for d in db_ids if not (spider / "database" / d / f"{d}.sqlite").is_file()]
    db_ids = [d for d in db_ids if d not in missing]
    if args.databases:
        db_ids = db_ids[: args.databases]
    left_out = sum(1 for q in questions if q["db_id"] in missing)
    questions = [q for q in questions if q["db_id"] in db_ids]

    if not (args.start_postgres or args.pg_url):
        sys.exit("give --pg-url or --start-postgres")
    import psycopg
    from sqlalchemy.engine import make_url

    work = Path(tempfile.mkdtemp(prefix="slmsql-spider-"))
    work.chmod(0o755)  # the server runs as its own user
    server = maria = None
    try:
        if args.start_mariadb:
            from tests.db.servers import start_mariadb

            maria = start_mariadb(work / "maria", ("--lower-case-table-names=1",))
            # root may create databases; it logs in through the socket only: the owner gets the rights.
            import pymysql

            root = pymysql.connect(unix_socket=str(work / "maria" / "my.sock"), user="root", autocommit=True)
            with root.cursor() as cur:
                cur.execute("GRANT ALL PRIVILEGES ON *.* TO 'owner'@'%'")
            root.close()
        if args.start_postgres:
            from tests.db.servers import start_postgres

            server = start_postgres(work / "pg")
            # The cluster's superuser creates the databases (and the queries run as it).
            base = make_url(server.admin_url).set(username="admin", database="postgres")
            base = base.render_as_string(hide_password=False)
        else:
            base = args.pg_url
        u = make_url(base)
        admin_conn = psycopg.connect(host=u.host, port=u.port, user=u.username, password=u.password,
                                     dbname=u.database, autocommit=True)
        started = time.monotonic()
        urls: dict[str, dict[str, str]] = {}
        columns: dict[str, set[str]] = {}
        duck_folder = work / "duckdb"
        duck_folder.mkdir(parents=True)
        for db_id in db_ids:
            tables = read_sqlite(spider / "database" / db_id / f"{db_id}.sqlite")
            columns[db_id] = {c for t in tables for c, _ in t["columns"]}
            urls[db_id] = {
                "postgres": load_postgres(admin_conn, db_id, tables, base),
                "duckdb": load_duckdb(duck_folder, db_id, tables),
            }
            if maria is not None:
                urls[db_id]["mysql"] = load_mysql(maria.admin_url, db_id, tables)
        load_s = time.monotonic() - started
        summary: dict = {
            "questions": len(questions),
            "databases": len(db_ids),
            "missing_databases": missing,
            "questions_left_out": left_out,
            "load_s": round(load_s, 1),
        }
        with QueryPool(2, timeout_s=args.timeout, max_rows=100_000) as pool:
            gold = pool.run([
                QueryJob(str(spider / "database" / q["db_id"] / f"{q['db_id']}.sqlite"), q["query"])
                for q in questions
            ])
            for dialect in ("postgres", "duckdb", *(("mysql",) if maria is not None else ())):
                translated = [translate(q["query"], dialect, columns[q["db_id"]]) for q in questions]
                jobs = [(i, QueryJob(urls[q["db_id"]][dialect], t))
                        for i, (q, t) in enumerate(zip(questions, translated, strict=True)) if t]
                results = pool.run([job for _, job in jobs])
                agree = ran = 0
                failures: Counter = Counter()
                examples = []
                for (i, _job), result in zip(jobs, results, strict=True):
                    if not result.ok:
                        failures[result.error.value] += 1
                        if len(examples) < 15:
                            examples.append({"gold": questions[i]["query"], "translated": translated[i],
                                             "error": result.message[:200]})
                        continue
                    ran += 1
                    ordered = "order by" in questions[i]["query"].lower()
                    if gold[i].ok and _canon(gold[i].rows, ordered) == _canon(result.rows, ordered):
                        agree += 1
                summary[dialect] = {
                    "translated": sum(1 for t in translated if t),
                    "ran": ran,
                    "agree_with_sqlite": agree,
                    "gold_ok_on_sqlite": sum(1 for g in gold if g.ok),
                    "failures": dict(failures),
                    "failure_examples": examples,
                }
                print(dialect, {k: v for k, v in summary[dialect].items() if k != "failure_examples"})
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(json.dumps(summary, indent=1))
        admin_conn.close()
    finally:
        from slmsql.db.engines import close_all

        close_all()
        if server is not None:
            server.stop()
        if maria is not None:
            maria.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

"""The attack corpus, as data: queries that try to write, leave the read-only transaction, reach files,
programs or other servers, sleep, run away or flood, on SQLite, PostgreSQL, MySQL/MariaDB and DuckDB,
and harmless queries that only look like attacks. Every case runs on every engine
(tests/db/test_attacks.py); an engine-specific attack must fail as well on the engines it was not
written for.

``expect``: ``refused`` (the query must not succeed), ``stopped`` (a runaway: it must stop, as a
timeout or a resource limit, or be refused, within the timeout and its grace), ``capped`` (a flood:
it may run, but its result must be cut by the row cap or the byte budget, or it may be refused or
stopped).
"""

from __future__ import annotations

# Files an attack would create: the test checks that none exists afterwards.
TARGET = "/tmp/slmsql_attack"

# --- writes, each in many disguises ------------------------------------------------------------------
WRITES = [
    "DELETE FROM orders",
    "UPDATE customers SET city = 'pwned'",
    "INSERT INTO secrets VALUES (2, 'pwned')",
    "DROP TABLE secrets",
    "ALTER TABLE customers ADD COLUMN pwned INTEGER",
    "CREATE TABLE pwned (x INTEGER)",
    "TRUNCATE TABLE orders",
    "CREATE VIEW pwned_view AS SELECT 1 AS x",
    "CREATE INDEX pwned_idx ON orders (amount)",
    "REPLACE INTO secrets VALUES (1, 'pwned')",
]
DISGUISES = [
    "{w}",
    "SELECT 1; {w}",
    "SELECT 1; COMMIT; {w}",
    "ROLLBACK; {w}",
    "SELECT 1 /* ; */; {w}",
    "SELECT 1 -- comment\n; {w}",
    "WITH x AS ({w} RETURNING *) SELECT * FROM x",
    "SELECT * FROM ({w} RETURNING *) AS t",
    "/* SELECT */ {w}",
    "SELECT ';'; {w}",
    "EXPLAIN ANALYZE {w}",
    "{w_lower}",
]

# --- leaving read-only, changing the session, server functions ----------------------------------------
SESSION = [
    "COMMIT",
    "ROLLBACK",
    "BEGIN",
    "START TRANSACTION READ WRITE",
    "SET TRANSACTION READ WRITE",
    "SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE",
    "SET default_transaction_read_only = off",
    "SET SESSION TRANSACTION READ WRITE",
    "SET transaction_read_only = off",
    "SAVEPOINT a",
    "RESET ALL",
    "SET statement_timeout = 0",
    "SET max_statement_time = 0",
    "SET max_execution_time = 0",
    "SET GLOBAL read_only = 0",
    "SELECT set_config('default_transaction_read_only', 'off', false)",
    "SELECT set_config('statement_timeout', '0', false)",
    "SELECT 1 FROM (SELECT set_config('transaction_read_only', 'off', true)) AS t",
    "PREPARE TRANSACTION 'x'",
    "LOCK TABLE orders",
    "LOCK TABLES secrets WRITE",
    "SELECT * FROM orders FOR UPDATE",
    "SELECT * FROM orders FOR SHARE",
    "SELECT * FROM orders LOCK IN SHARE MODE",
    "DISCARD ALL",
    "LISTEN x",
    "NOTIFY x",
    "SELECT pg_notify('x', 'y')",
    "DO $$BEGIN DELETE FROM orders; END$$",
    "DO SLEEP(5)",
    "CALL p()",
    "PREPARE p AS DELETE FROM orders",
    "EXECUTE p",
    "DEALLOCATE ALL",
    "VACUUM",
    "VACUUM INTO '/tmp/slmsql_attack_vacuum.db'",
    "ANALYZE orders",
    "REINDEX TABLE orders",
    "CHECKPOINT",
    "CLUSTER orders",
    "GRANT ALL ON customers TO PUBLIC",
    "REVOKE SELECT ON customers FROM PUBLIC",
    "CREATE ROLE pwned LOGIN SUPERUSER",
    "CREATE USER pwned IDENTIFIED BY 'x'",
    "ALTER SYSTEM SET fsync = off",
    "CREATE EXTENSION dblink",
    "CREATE FUNCTION f() RETURNS int AS 'SELECT 1' LANGUAGE sql",
    "CREATE TEMP TABLE t AS SELECT 1",
    "SELECT * INTO pwned_copy FROM orders",
    "SELECT nextval('pwned_seq')",
    "SELECT setval('pwned_seq', 1)",
    "SELECT txid_current()",
    "SELECT pg_advisory_lock(1)",
    "SELECT pg_terminate_backend(pg_backend_pid())",
    "SELECT pg_cancel_backend(pg_backend_pid())",
    "SELECT pg_reload_conf()",
    "SELECT query_to_xml('DELETE FROM orders RETURNING 1', true, true, '')",
    "SELECT * FROM dblink('dbname=postgres', 'DELETE FROM orders') AS t(x int)",
    "SELECT dblink_exec('dbname=slmsql_test', 'DROP TABLE secrets')",
    "SELECT 1 $$;$$ DELETE FROM orders",
    "SELECT $x$ ; DELETE FROM orders ; $x$",
    "SELECT E'\\'; DELETE FROM orders; --'",
    "SELECT 'a''; DELETE FROM orders; --'; DELETE FROM orders",
    "SELECT 1 # comment\n; DELETE FROM orders",
    "SELECT 1 /*! ; DROP TABLE secrets */",
    "/*!50000 DELETE FROM orders */",
    "SELECT * FROM orders /*!50000 INTO OUTFILE '/tmp/slmsql_attack_exec.txt' */",
    "SELECT GET_LOCK('x', 10)",
    "HANDLER secrets OPEN",
    "FLUSH TABLES",
    "KILL CONNECTION_ID()",
    "SHUTDOWN",
    "INSTALL PLUGIN pwned SONAME 'x.so'",
    "RENAME TABLE secrets TO pwned",
    "SET enable_external_access = true",
    "RESET enable_external_access",
    "SET memory_limit = '100GB'",
    "PRAGMA writable_schema = 1",
    "PRAGMA journal_mode = WAL",
    "PRAGMA query_only = 0",
    "USE mysql",
    "CREATE SECRET s (TYPE s3, KEY_ID 'x', SECRET 'y')",
    "SELECT * FROM query('DELETE FROM orders')",
    "SELECT * FROM query_table('secrets')",
    "MERGE INTO orders USING customers ON orders.id = customers.id WHEN MATCHED THEN DELETE",
    "INSERT INTO orders SELECT * FROM orders",
    "WITH RECURSIVE x AS (SELECT 1) DELETE FROM orders",
    "SELECT 1 UNION ALL (SELECT 1 FROM orders FOR UPDATE)",
    "select 1; delete from orders",
    "SELECT 1;\nDROP TABLE secrets;",
    "SELECT 1;;DROP TABLE secrets",
]

# --- files, programs, extensions -------------------------------------------------------------------
FILES = [
    f"COPY orders TO '{TARGET}_copy.csv'",
    "COPY orders FROM '/etc/passwd'",
    f"COPY (SELECT 1) TO PROGRAM 'touch {TARGET}_program'",
    "COPY secrets FROM PROGRAM 'id'",
    f"COPY orders TO '{TARGET}_copy.parquet' (FORMAT parquet)",
    f"EXPORT DATABASE '{TARGET}_export'",
    "IMPORT DATABASE '/tmp'",
    "SELECT pg_read_file('/etc/passwd')",
    "SELECT pg_read_binary_file('/etc/passwd')",
    "SELECT * FROM pg_ls_dir('.')",
    "SELECT pg_stat_file('/etc/passwd')",
    "SELECT lo_import('/etc/passwd')",
    f"SELECT lo_export(1, '{TARGET}_lo')",
    "SELECT pg_catalog.pg_read_file('/etc/hostname')",
    f"SELECT * FROM orders INTO OUTFILE '{TARGET}_outfile.txt'",
    f"SELECT * FROM orders INTO DUMPFILE '{TARGET}_dump.txt'",
    f"SELECT * INTO OUTFILE '{TARGET}_outfile2.txt' FROM orders",
    "LOAD DATA INFILE '/etc/passwd' INTO TABLE secrets",
    "LOAD DATA LOCAL INFILE '/etc/passwd' INTO TABLE secrets",
    "SELECT LOAD_FILE('/etc/passwd')",
    "SELECT * FROM read_csv('/etc/passwd')",
    "SELECT * FROM read_csv_auto('/etc/passwd')",
    "SELECT * FROM read_text('/etc/passwd')",
    "SELECT * FROM read_blob('/etc/passwd')",
    "SELECT * FROM glob('/etc/*')",
    "SELECT * FROM read_parquet('/tmp/*.parquet')",
    "SELECT * FROM read_json('/etc/passwd')",
    "SELECT * FROM '/etc/passwd'",
    "SELECT * FROM orders, '/etc/passwd'",
    "SELECT * FROM sniff_csv('/etc/passwd')",
    "INSTALL httpfs",
    "LOAD httpfs",
    "FORCE INSTALL httpfs",
    "SELECT load_extension('/tmp/x.so')",
    f"ATTACH '{TARGET}_attach.db' AS pwned",
    f"ATTACH DATABASE '{TARGET}_attach2.db' AS pwned",
    "DETACH pwned",
    f"SELECT writefile('{TARGET}_writefile', 'x')",
    "SELECT readfile('/etc/passwd')",
    "SELECT * FROM sqlite_dbpage('main')",
    "SELECT * FROM postgres_scan('host=127.0.0.1', 'public', 'secrets')",
]

# --- time: must stop within the timeout (or be refused) -------------------------------------------------
RUNAWAY = [
    "SELECT pg_sleep(30)",
    "SELECT pg_sleep_for('30 seconds')",
    "SELECT SLEEP(30)",
    "SELECT BENCHMARK(100000000000, md5('x'))",
    "SELECT sleep(30) FROM customers",
    "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT max(n) FROM r",
    "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r",
    "SELECT count(*) FROM orders a, orders b, orders c, orders d, orders e, orders f, orders g, orders h, "
    "orders i, orders j, orders k, orders l, orders m, orders n, orders o",
    "SELECT count(*) FROM range(1000000000000)",
    "SELECT count(*) FROM generate_series(1, 1000000000000)",
    "SELECT sum(a.seq * b.seq) FROM seq_1_to_1000000 a, seq_1_to_1000000 b",
]

# --- floods: at most the row cap or the byte budget comes back ----------------------------------------------
FLOODS = [
    "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 1000000) SELECT n FROM r",
    "SELECT * FROM generate_series(1, 10000000)",
    "SELECT * FROM range(10000000)",
    "SELECT a.*, b.*, c.*, d.* FROM orders a, orders b, orders c, orders d, customers e, customers f",
    "SELECT repeat('x', 1000000) FROM orders a, orders b",
    "SELECT lpad('x', 1000000, 'y') FROM orders a, orders b, orders c",
    "SELECT seq FROM seq_1_to_10000000",
]

# --- harmless look-alikes: must run ----------------------------------------------------------------
HARMLESS = [
    "SELECT 'DELETE FROM orders' AS x",
    'SELECT "delete" FROM customers',
    "SELECT name FROM customers -- DROP TABLE customers",
    "SELECT name /* ; DELETE FROM orders */ FROM customers",
    "SELECT count(*) FROM customers WHERE \"delete\" = 'drop table'",
    "SELECT note FROM orders WHERE note LIKE '%DROP%'",
    "SELECT 'a;b' AS semi",
    "SELECT 'COMMIT' AS c, 'ROLLBACK' AS r",
    'SELECT id AS "update" FROM orders',
    'SELECT max(amount) AS "insert" FROM orders',
    "SELECT 'pg_sleep(10)' AS s",
    "SELECT 'SELECT * FROM read_csv(''/etc/passwd'')' AS s",
    "SELECT name FROM customers WHERE city IN ('Paris', 'Lyon') ORDER BY name",
    "WITH d AS (SELECT * FROM orders) SELECT count(*) FROM d",
    "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 10) SELECT sum(n) FROM r",
    "SELECT c.name FROM customers c WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id)",
    "SELECT 'INTO OUTFILE' AS x",
    "SELECT 'copy orders to ''/tmp/x''' AS x",
    "SELECT name FROM customers;",
    "SELECT name FROM customers; -- done",
    "SELECT lower('DROP') AS x",
    "SELECT note FROM orders WHERE note = '; DROP TABLE orders; --'",
    "SELECT 'ATTACH' || ' DATABASE' AS x",
    "SELECT name FROM customers WHERE name <> 'LOAD DATA'",
    "SELECT count(*) AS deleted FROM orders WHERE note IS NULL",
    "SELECT c.city, count(*) FROM customers c JOIN orders o ON o.customer_id = c.id GROUP BY c.city",
    "SELECT token FROM secrets",
    "SELECT name FROM customers UNION SELECT note FROM orders WHERE note LIKE '%TABLE%'",
    "SELECT CASE WHEN city = 'Paris' THEN 'update' ELSE 'insert' END AS kind FROM customers",
    "SELECT id FROM orders WHERE amount > 5 ORDER BY amount DESC LIMIT 2",
]


def attacks() -> list[tuple[str, str]]:
    """(expect, sql) for every attack case."""
    cases = [
        ("refused", d.format(w=w, w_lower=w.lower())) for w in WRITES for d in DISGUISES
    ]
    cases += [("refused", sql) for sql in SESSION + FILES]
    cases += [("stopped", sql) for sql in RUNAWAY]
    cases += [("capped", sql) for sql in FLOODS]
    seen: set[str] = set()
    return [c for c in cases if not (c[1] in seen or seen.add(c[1]))]

"""Throw-away PostgreSQL and MariaDB servers for the tests: Debian's packages, a cluster in a temporary
folder, on a free loopback port, run as the packages' unprivileged user when the tests run as root.

Outside ``make test`` a missing server binary skips the tests that need it with one line naming the
package; with ``SLMSQL_REQUIRE_ENGINES=1`` (``make test``) it is a failure.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

REQUIRE = os.environ.get("SLMSQL_REQUIRE_ENGINES") == "1"
PASSWORD = "s3cret-pw"


def missing(what: str) -> None:
    """Skip (or, under make test, fail) because ``what`` is not installed."""
    message = f"{what} is not installed (apt-get install {what})"
    if REQUIRE:
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


def need_module(name: str, package: str) -> None:
    try:
        __import__(name)
    except ImportError:
        message = f"python package {package} is not installed (pip install -e '.[engines]')"
        if REQUIRE:
            pytest.fail(message, pytrace=False)
        pytest.skip(message)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as(user: str, args: list[str], **kw) -> subprocess.CompletedProcess:
    """Run ``args`` as ``user`` when we are root (servers refuse to run as root), else as ourselves."""
    if os.geteuid() == 0:
        args = ["runuser", "-u", user, "--", *args]
    return subprocess.run(args, check=True, capture_output=True, text=True, **kw)


def _give(path: Path, user: str) -> None:
    if os.geteuid() == 0:
        info = pwd.getpwnam(user)
        for root, dirs, files in os.walk(path):
            for name in [root, *(os.path.join(root, n) for n in dirs + files)]:
                os.chown(name, info.pw_uid, info.pw_gid)


@dataclass
class Server:
    kind: str
    port: int
    admin_url: str  # the owner role: may write (the attacks run as it: the walls must hold anyway)
    reader_url: str  # a SELECT-only role
    stop: object = None


def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def start_postgres(root: Path) -> Server:
    bindir = _pg_bin()
    if bindir is None:
        missing("postgresql")
    user = "postgres" if os.geteuid() == 0 else pwd.getpwuid(os.geteuid()).pw_name
    data, sock = root / "pgdata", root / "pgsock"
    sock.mkdir(parents=True)
    root.chmod(0o755)
    _give(root, user)
    _as(user, [str(bindir / "initdb"), "-D", str(data), "-A", "scram-sha-256", "-U", "admin",
               "--pwfile", str(_pwfile(root, user)), "--no-sync", "-E", "UTF8"])
    port = free_port()
    opts = f"-p {port} -k {sock} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=40"
    log = str(root / "pg.log")
    _as(user, [str(bindir / "pg_ctl"), "-D", str(data), "-o", opts, "-l", log, "-w", "start"])

    def stop() -> None:
        subprocess.run(
            (["runuser", "-u", user, "--"] if os.geteuid() == 0 else [])
            + [str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
            capture_output=True,
        )

    import psycopg

    try:
        # admin: the superuser; owner: owns the database and its tables (may write, not a superuser).
        with psycopg.connect(host="127.0.0.1", port=port, user="admin", password=PASSWORD,
                             dbname="postgres", autocommit=True) as conn:
            conn.execute(f"CREATE ROLE owner LOGIN PASSWORD '{PASSWORD}'")
            conn.execute("CREATE DATABASE slmsql_test OWNER owner")
            conn.execute(f"CREATE ROLE reader LOGIN PASSWORD '{PASSWORD}'")
        with psycopg.connect(host="127.0.0.1", port=port, user="admin", password=PASSWORD,
                             dbname="slmsql_test", autocommit=True) as conn:
            conn.execute("ALTER SCHEMA public OWNER TO owner")
        with psycopg.connect(host="127.0.0.1", port=port, user="owner", password=PASSWORD,
                             dbname="slmsql_test", autocommit=True) as conn:
            conn.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
            conn.execute("GRANT USAGE ON SCHEMA public TO reader")
            conn.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO reader")
    except Exception:
        stop()
        raise
    base = f"postgresql+psycopg://{{}}:{PASSWORD}@127.0.0.1:{port}/slmsql_test"
    return Server("postgresql", port, base.format("owner"), base.format("reader"), stop)


def _pwfile(root: Path, user: str) -> Path:
    path = root / "pw.txt"
    path.write_text(PASSWORD + "\n")
    _give(path, user)
    return path


def start_mariadb(root: Path, options: tuple[str, ...] = ()) -> Server:
    """``options``: more server options, given to the installer too (``--lower-case-table-names=1``)."""
    server = shutil.which("mariadbd") or shutil.which("mysqld") or (
        "/usr/sbin/mariadbd" if os.path.exists("/usr/sbin/mariadbd") else None
    )
    install = shutil.which("mariadb-install-db") or shutil.which("mysql_install_db")
    if server is None or install is None:
        missing("mariadb-server")
    user = "mysql" if os.geteuid() == 0 else pwd.getpwuid(os.geteuid()).pw_name
    data = root / "mydata"
    files = root / "outfiles"
    files.mkdir(parents=True)
    root.chmod(0o755)
    _give(root, user)
    subprocess.run(
        [install, "--no-defaults", f"--datadir={data}", f"--user={user}",
         "--auth-root-authentication-method=normal", "--skip-test-db", *options],
        check=True, capture_output=True, text=True,
    )
    port = free_port()
    sock = root / "my.sock"
    proc = subprocess.Popen(
        [server, "--no-defaults", f"--datadir={data}", f"--port={port}", "--bind-address=127.0.0.1",
         f"--socket={sock}", f"--user={user}", f"--pid-file={root / 'my.pid'}",
         f"--log-error={root / 'my.err'}",
         "--innodb-buffer-pool-size=32M", "--skip-log-bin", f"--secure-file-priv={files}",
         "--performance-schema=OFF", "--max-connections=40", *options],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )

    def stop() -> None:
        proc.terminate()
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()

    import pymysql

    deadline = time.monotonic() + 60
    while True:
        try:
            conn = pymysql.connect(unix_socket=str(sock), user="root", password="", autocommit=True)
            break
        except pymysql.err.OperationalError:
            if time.monotonic() > deadline or proc.poll() is not None:
                stop()
                log = (root / "my.err").read_text()[-2000:]
                raise RuntimeError(f"MariaDB did not start: {log}") from None
            time.sleep(0.3)
    with conn.cursor() as cur:
        cur.execute("CREATE DATABASE slmsql_test")
        cur.execute(f"CREATE USER 'owner'@'%' IDENTIFIED BY '{PASSWORD}'")
        cur.execute("GRANT ALL PRIVILEGES ON slmsql_test.* TO 'owner'@'%'")
        cur.execute("GRANT FILE ON *.* TO 'owner'@'%'")  # the worst case: the walls must hold anyway
        cur.execute(f"CREATE USER 'reader'@'%' IDENTIFIED BY '{PASSWORD}'")
        cur.execute("GRANT SELECT ON slmsql_test.* TO 'reader'@'%'")
    conn.close()
    base = f"mysql+pymysql://{{}}:{PASSWORD}@127.0.0.1:{port}/slmsql_test"
    server_ = Server("mariadb", port, base.format("owner"), base.format("reader"), stop)
    server_.files = files  # type: ignore[attr-defined]
    return server_

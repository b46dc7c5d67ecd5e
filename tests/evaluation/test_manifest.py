"""Run manifests: what produced a results folder, and refusing to resume from other runs' rows."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from slmsql.errors import InputError
from slmsql.evaluation.manifest import MANIFEST_NAME, build_manifest, claim_folder, read_manifest, source_hash
from slmsql.inference.config import InferenceConfig
from slmsql.models.settings import ModelSettings

ROWS = ("csc.jsonl",)
REPO = Path(__file__).resolve().parents[2]


def _settings(**inference):
    model = ModelSettings(api_key="k").to_json()
    return {"model": model, "inference": InferenceConfig(**inference).to_json()}


def test_manifest_records_code_settings_model_machine_and_date(tmp_path):
    weights = tmp_path / "m.gguf"
    weights.write_bytes(b"GGUF" + b"\0" * 10)
    manifest = build_manifest(_settings(), weights)
    data = manifest.to_json()
    assert data["model_sha256"] and len(data["model_sha256"]) == 64
    assert data["code"] == source_hash() and data["cores"] >= 1 and data["cpu"] and data["date"]
    assert "sqlglot" in data["libraries"] and data["settings"]["model"]["api_key"] == "<set>"
    claim_folder(tmp_path / "run", manifest, ROWS)
    assert read_manifest(tmp_path / "run") == manifest


def test_resume_only_from_rows_of_the_same_run(tmp_path):
    folder = tmp_path / "run"
    first = build_manifest(_settings(), None, "a" * 64)
    claim_folder(folder, first, ROWS)
    (folder / "csc.jsonl").write_text('{"id": "1"}\n')
    resumed = build_manifest(_settings(), None, "a" * 64)
    claim_folder(folder, resumed, ROWS)  # same run: resumes (and rewrites the manifest, a new date)
    with pytest.raises(InputError, match="rows come from another settings than this run; resume refused"):
        claim_folder(folder, build_manifest(_settings(top_p=0.5), None, "a" * 64), ROWS)
    with pytest.raises(InputError, match="another model_sha256"):
        claim_folder(folder, build_manifest(_settings(), None, "b" * 64), ROWS)
    assert read_manifest(folder) == resumed  # a refused run leaves the folder as it was


def test_rows_without_a_manifest_are_not_resumed(tmp_path):
    (tmp_path / "csc.jsonl").write_text('{"id": "1"}\n')
    with pytest.raises(InputError, match="without a manifest.json"):
        claim_folder(tmp_path, build_manifest(_settings(), None, None), ROWS)


def test_malformed_manifest_is_one_line(tmp_path):
    (tmp_path / MANIFEST_NAME).write_text("{not json")
    with pytest.raises(InputError, match="malformed"):
        read_manifest(tmp_path)


@pytest.mark.data
def test_accuracy_bench_refuses_to_resume_from_another_manifest(tmp_path):
    if not os.environ.get("SLMSQL_DATA_DIR"):
        pytest.skip("SLMSQL_DATA_DIR is not set")
    folder = tmp_path / "smollm2-135m" / "spider-dev-2"
    claim_folder(folder, build_manifest({"other": "settings"}, None, None), ("greedy.jsonl",))
    (folder / "greedy.jsonl").write_text('{"id": "1"}\n')
    bench = REPO / "bench" / "accuracy.py"
    args = ["--model", "smollm2-135m", "--sets", "spider-dev:2", "--modes", "greedy"]
    args += ["--results-dir", str(tmp_path)]
    proc = subprocess.run([sys.executable, str(bench), *args], capture_output=True, text=True, timeout=300)
    lines = proc.stderr.strip().splitlines()
    assert proc.returncode == 2 and len(lines) == 1 and "resume refused" in lines[0], proc.stderr
    assert json.loads((folder / MANIFEST_NAME).read_text())["settings"] == {"other": "settings"}

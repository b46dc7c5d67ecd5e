"""CLI options derived from the settings dataclasses: every field on every command that takes it,
YAML -> settings -> flags -> settings round trip, flags over the file, one-line errors."""

from __future__ import annotations

import subprocess
import sys

import pytest
import typer
from typer.testing import CliRunner

from slmsql.cli import app
from slmsql.inference.api import SETTINGS_CLASSES, TextToSQL
from slmsql.settings import resolve_settings

runner = CliRunner()
COMMANDS_WITH_SETTINGS = ("ask", "predict")


def _settings_commands(typer_app, prefix=()):
    """(path, click command, its with_settings wrapper) of every command of ``typer_app`` that takes
    settings, nested groups included."""
    group = typer.main.get_command(typer_app)
    for info in typer_app.registered_commands:
        if getattr(info.callback, "settings_classes", None):
            name = info.name or info.callback.__name__
            yield " ".join((*prefix, name)), group.commands[name], info.callback
    for info in typer_app.registered_groups:
        yield from _settings_commands(info.typer_instance, (*prefix, info.name))


SETTINGS_COMMANDS = list(_settings_commands(app))


def test_ask_and_predict_take_the_inference_settings():
    found = {path: wrapper.settings_classes for path, _, wrapper in SETTINGS_COMMANDS}
    for name in COMMANDS_WITH_SETTINGS:
        assert set(found[name]) == set(SETTINGS_CLASSES)


@pytest.mark.parametrize(
    ("path", "command", "wrapper"), SETTINGS_COMMANDS, ids=[c[0] for c in SETTINGS_COMMANDS]
)
def test_every_setting_of_every_command_is_an_option(path, command, wrapper):
    params = {p.name: p for p in command.params}
    assert "config" in params
    for cls in wrapper.settings_classes:
        for spec in cls.fields():
            if spec.name in wrapper.settings_exclude:
                continue
            assert spec.name in params, f"{path} lacks {spec.name}"
            declared = {*params[spec.name].opts, *params[spec.name].secondary_opts}
            wanted = {part for flag in spec.flags for part in flag.split("/")}
            assert wanted <= declared, (path, spec.name, wanted, declared)


class _Captured(Exception):
    pass


@pytest.fixture
def captured(monkeypatch):
    """What `ask` builds its TextToSQL from, without loading a model."""
    seen = {}

    def fake_from_settings(cls, model=None, inference=None, *, tables_json=None):
        seen.update(model=model, inference=inference)
        raise _Captured

    monkeypatch.setattr(TextToSQL, "from_settings", classmethod(fake_from_settings))
    return seen


def _flags(settings_objects) -> list[str]:
    """Command-line flags that say everything in ``settings_objects`` that differs from defaults."""
    out = []
    for obj in settings_objects:
        for spec in obj.fields():
            value = getattr(obj, spec.name)
            if value == spec.default:
                continue
            if spec.base_type is bool:
                on, off = spec.flags[0].split("/")
                out.append(on if value else off)
            else:
                out += [spec.long_flag, str(value)]
    return out


CONFIG = """
model: qwen2.5-coder-0.5b
backend: openai
base_url: http://127.0.0.1:9/v1
ctx_size: 4096
threads: 1
mode: sc
samples: 5
m: 3
temperature: 0.3
top_p: 0.5
max_tokens: 64
seed: 7
timeout: 2.5
max_rows: 10
match_values: false
repair: false
early_stop: true
merge_min_ratio: 0.25
values: schema
"""


def test_yaml_to_settings_to_flags_to_settings(tmp_path, captured):
    config = tmp_path / "run.yaml"
    config.write_text(CONFIG)
    from_file = resolve_settings(SETTINGS_CLASSES, config=config)
    result = runner.invoke(app, ["ask", "--db", "demo", "q?", *_flags(from_file)])
    assert isinstance(result.exception, _Captured), result.output
    assert [captured["model"], captured["inference"]] == from_file
    result = runner.invoke(app, ["ask", "--db", "demo", "q?", "--config", str(config)])
    assert [captured["model"], captured["inference"]] == from_file


def test_a_flag_overrides_the_file(tmp_path, captured):
    config = tmp_path / "run.yaml"
    config.write_text("top_p: 0.5\nsamples: 4\nrepair: false\n")
    result = runner.invoke(
        app, ["ask", "--db", "demo", "q?", "--config", str(config), "--top-p", "0.7", "--repair"]
    )
    assert isinstance(result.exception, _Captured), result.output
    inference = captured["inference"]
    assert (inference.top_p, inference.n, inference.repair_columns) == (0.7, 4, True)


def test_a_flag_equal_to_the_default_still_overrides_the_file(tmp_path, captured):
    config = tmp_path / "run.yaml"
    config.write_text("temperature: 0.2\n")
    runner.invoke(app, ["ask", "--db", "demo", "q?", "--config", str(config), "--temperature", "0.8"])
    assert captured["inference"].temperature == 0.8


def _run(*args):
    return subprocess.run(
        [sys.executable, "-m", "slmsql.cli", *args], capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("tempreature: 0.5\n", "unknown key 'tempreature'"),
        ("n: many\n", "key 'n': must be an integer, got 'many'"),
        (None, "no such file"),
    ],
)
@pytest.mark.parametrize("command", COMMANDS_WITH_SETTINGS)
def test_bad_config_is_one_line_and_exit_2(tmp_path, text, needle, command):
    config = tmp_path / "run.yaml"
    if text is not None:
        config.write_text(text)
    args = ["ask", "--db", "demo", "q?"] if command == "ask" else ["predict", "--dataset", "x", "--out", "o"]
    proc = _run(*args, "--config", str(config))
    lines = proc.stderr.strip().splitlines()
    assert proc.returncode == 2 and len(lines) == 1, proc.stderr
    assert lines[0].startswith("error: config ") and str(config) in lines[0] and needle in lines[0]

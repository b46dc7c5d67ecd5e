"""bench/gpu_train_check: the commands it builds (no GPU here), and that they parse as our CLI's."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def load_check():
    spec = importlib.util.spec_from_file_location("gpu_train_check", ROOT / "bench" / "gpu_train_check.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_plan_builds_both_sizes_and_both_trainers_in_time(tmp_path):
    check = load_check()
    steps = check.plan(tmp_path / "assets", tmp_path / "out", python="python")
    names = [name for name, _, _ in steps]
    assert names == [f"{kind} {size}" for size in check.SIZES for kind in ("init", "sft", "grpo")]
    assert sum(limit for _, _, limit in steps) <= 8 * 60 - 10  # inside the 8 minutes, with the set-up
    for name, argv, _ in steps:
        if name.startswith(("sft", "grpo")):
            assert argv[:5] == ["python", "-m", "slmsql.cli", "train", name.split()[0]]
            for flag in ("--bf16", "--device", "--full", "--max-steps", "--dataset"):
                assert flag in argv
            assert argv[argv.index("--device") + 1] == "cuda"


def test_planned_options_are_valid_settings(tmp_path):
    """Every option the plan passes is one our train commands accept, with a valid value."""
    from slmsql.settings import resolve_settings
    from slmsql.settings.fields import FROM_OPTIONS
    from slmsql.training.config import GRPOSettings, SFTSettings

    check = load_check()
    classes = {"sft": SFTSettings, "grpo": GRPOSettings}
    for name, argv, _ in check.plan(tmp_path, tmp_path / "out", python="python"):
        kind = name.split()[0]
        if kind not in classes:
            continue
        cls = classes[kind]
        flags = {flag.split("/")[0]: spec for spec in cls.fields() for flag in spec.flags}
        flags.update(
            {spec.flags[0].split("/")[1].strip(): spec for spec in cls.fields() if "/" in spec.flags[0]}
        )
        values, i = {}, 5
        while i < len(argv):
            spec = flags[argv[i]]
            if spec.base_type is bool:
                values[spec.name] = not argv[i].startswith("--no-") and argv[i] != "--full"
                i += 1
            else:
                raw = argv[i + 1]
                values[spec.name] = spec.base_type(raw) if spec.base_type is not str else raw
                i += 2
        [settings] = resolve_settings((cls,), explicit=values, explicit_where=FROM_OPTIONS)
        assert settings.bf16 and not settings.use_lora and settings.device == "cuda"


def test_localise_data_makes_database_paths_absolute(tmp_path):
    check = load_check()
    assets = tmp_path / "assets"
    (assets / "databases" / "x").mkdir(parents=True)
    (assets / "train.jsonl").write_text(json.dumps({"db_path": "databases/x/x.sqlite", "prompt": []}) + "\n")
    folder = check.localise_data(assets, tmp_path / "out")
    record = json.loads((folder / "train.jsonl").read_text())
    assert Path(record["db_path"]).is_absolute() and record["db_path"].endswith("databases/x/x.sqlite")


def test_rehearsal_plan_runs_the_same_steps_on_the_cpu_on_shrunken_models(tmp_path):
    check = load_check()
    gpu = check.plan(tmp_path, tmp_path / "out", python="python")
    cpu = check.plan(tmp_path, tmp_path / "out", python="python", rehearsal=True)
    assert [name for name, _, _ in cpu] == [name for name, _, _ in gpu]
    for name, argv, _ in cpu:
        if name.startswith("init"):
            assert "dtype='float32'" in argv[-1] and "'num_hidden_layers': 2" in argv[-1]
        else:
            assert "--bf16" not in argv and argv[argv.index("--device") + 1] == "cpu"
    init_gpu = gpu[0][1][-1]
    assert "dtype='bfloat16'" in init_gpu and "num_hidden_layers" not in init_gpu


def test_device_python_sees_only_the_named_distributions(tmp_path):
    import subprocess

    check = load_check()
    python = check.device_python(tmp_path / "venv", ["PyYAML", "no-such-distribution-here"])
    code = (
        "import importlib.util as u, importlib.metadata as m, yaml; "
        "assert u.find_spec('sqlglot') is None and u.find_spec('trl') is None; "
        "print(m.version('PyYAML'))"
    )
    done = subprocess.run([str(python), "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip()
    refused = subprocess.run([str(python), "-c", "import sqlglot"], capture_output=True, text=True)
    assert "No module named 'sqlglot'" in refused.stderr


def test_a_missing_package_stops_the_check_before_its_steps(tmp_path):
    """Without the carried wheels, the rehearsal's environment lacks trl: the probe says so, in the
    summary, and no step runs."""
    check = load_check()
    assets = tmp_path / "assets"
    assets.mkdir()
    (assets / "train.jsonl").write_text("")
    code = check.run(assets, tmp_path / "out", rehearsal=True, wheels=tmp_path / "no-wheels")
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert code == 1 and summary["steps"] == []
    assert "No module named" in summary["env"]["imports"]
    assert summary["env"]["python"] and summary["env"]["versions"]["torch"]

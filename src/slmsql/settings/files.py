"""Settings files: flat YAML whose keys are the settings' names (``top_p:``, ``model:``), as in TRL's
config files. Flags and keywords given explicitly override the file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from slmsql.errors import InputError
from slmsql.settings.fields import Settings, canonical_values

# A settings file is a few lines; anything far larger is not one (and is not read into memory).
MAX_CONFIG_BYTES = 1 << 20


def read_config_file(path: str | Path) -> dict[str, Any]:
    """The mapping in the YAML file ``path``: one InputError naming the file when it is missing,
    unreadable, not YAML, or not a flat mapping of names to plain values."""
    path = Path(path).expanduser()
    where = f"config {path}"
    if not path.is_file():
        raise InputError("config_missing", f"{where}: no such file")
    try:
        if path.stat().st_size > MAX_CONFIG_BYTES:
            raise InputError("config_too_large", f"{where}: larger than {MAX_CONFIG_BYTES} bytes")
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError("config_unreadable", f"{where}: cannot be read ({exc})") from exc
    try:
        data = yaml.safe_load(text)
    except (yaml.YAMLError, RecursionError) as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" at line {mark.line + 1}" if mark is not None else ""
        raise InputError("config_not_yaml", f"{where}: not valid YAML{at}") from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise InputError("config_not_mapping", f"{where}: must be a mapping of setting names to values")
    for key, value in data.items():
        if not isinstance(key, str):
            raise InputError("config_bad_key", f"{where}: key {key!r} is not a name")
        if isinstance(value, (dict, list)):
            raise InputError(
                "bad_setting", f"{where}: key {key!r} must be a plain value, not a list or mapping"
            )
    return data


def resolve_settings(
    classes: tuple[type[Settings], ...],
    *,
    config: str | Path | None = None,
    explicit: dict[str, Any] | None = None,
    explicit_where: str = "keyword",
    defaults: dict[str, Any] | None = None,
    reserved: tuple[str, ...] = (),
) -> list[Settings]:
    """One instance per class from, highest first: ``explicit`` values (flags, keywords), the YAML
    file ``config``, ``defaults`` (a caller's own, e.g. a benchmark's), each field's environment
    variable, its declared default. ``reserved`` fields are set by the caller: the file may not."""
    where = f"config {Path(config).expanduser()}" if config is not None else ""
    from_file = (
        canonical_values(read_config_file(config), classes, where=where)
        if config is not None
        else [{} for _ in classes]
    )
    taken = sorted(name for values in from_file for name in values if name in reserved)
    if taken:
        raise InputError("unknown_setting", f"{where}: key {taken[0]!r} is set by this command")
    given = canonical_values(explicit or {}, classes, where=explicit_where)
    base = canonical_values(defaults or {}, classes, where="defaults")
    layers = zip(classes, base, from_file, given, strict=True)
    return [cls.from_values({**d, **f, **g}) for cls, d, f, g in layers]

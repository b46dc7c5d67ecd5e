"""Settings dataclasses: one field per setting, with its help text and allowed values in one place.

A settings class is a frozen dataclass deriving from :class:`Settings` whose fields are declared
with :func:`setting`. Everything else is derived from those fields: the CLI options
(``slmsql.commands.settings_options``), the YAML keys (``slmsql.settings.files``) and the keywords of
the Python API. A field's *names* are its Python name and its long CLI flags without dashes
(``top_p`` and ``--top-p``; ``n`` and ``--samples``): a YAML file may use either.
"""

from __future__ import annotations

import dataclasses
import inspect
import math
import os
import types
import typing
from dataclasses import dataclass, field
from functools import cache
from typing import Any, ClassVar

from slmsql.errors import InputError

_MISSING = dataclasses.MISSING
# ``where`` of values that came from command-line options: messages then name the flag.
FROM_OPTIONS = "options"


@dataclass(frozen=True)
class SettingInfo:
    """What the CLI, the YAML loader and the API need to know about one setting beyond its type
    and default. ``flags`` are the CLI names (default ``--field-name``); a boolean's ``flags`` hold
    the ``--on/--off`` pair. ``env`` names an environment variable that supplies the value (secrets
    must not have to be typed on a command line, where other users of the machine can read them)."""

    help: str
    flags: tuple[str, ...] = ()
    choices: tuple[Any, ...] | None = None
    minimum: float | None = None
    maximum: float | None = None
    env: str | None = None
    secret: bool = False


def setting(default: Any, help: str, **info: Any) -> Any:
    """Declare a settings field: ``default``, a help text and the :class:`SettingInfo` extras."""
    secret = info.get("secret", False)  # kept out of repr, so a logged settings object leaks nothing
    return field(default=default, repr=not secret, metadata={"setting": SettingInfo(help=help, **info)})


@dataclass(frozen=True)
class SettingField:
    """One setting as the derivations see it: name, resolved type, default and info."""

    name: str
    type: Any  # the resolved annotation, e.g. int, float | None
    default: Any
    info: SettingInfo

    @property
    def base_type(self) -> type:
        """The type without ``None``: ``float`` for ``float | None``."""
        args = [a for a in typing.get_args(self.type) if a is not type(None)]
        return args[0] if _is_union(self.type) and len(args) == 1 else self.type

    @property
    def optional(self) -> bool:
        return _is_union(self.type) and type(None) in typing.get_args(self.type)

    @property
    def flags(self) -> tuple[str, ...]:
        if self.info.flags:
            return self.info.flags
        dashed = self.name.replace("_", "-")
        return (f"--{dashed}/--no-{dashed}",) if self.base_type is bool else (f"--{dashed}",)

    @property
    def long_flags(self) -> list[str]:
        """The long flags that set the value, in order (a boolean's off-switch left out)."""
        names = [part.strip() for flag in self.flags for part in flag.split("/")]
        off = self.base_type is bool
        return [n for n in names if n.startswith("--") and not (off and n.startswith("--no-"))]

    @property
    def long_flag(self) -> str:
        """The flag people type most: the first long one (a boolean's on-switch)."""
        return self.long_flags[0]

    @property
    def keys(self) -> tuple[str, ...]:
        """The names a YAML file may use: the field name and each long flag without dashes."""
        return tuple(dict.fromkeys([self.name, *(flag[2:].replace("-", "_") for flag in self.long_flags)]))

    @property
    def env_value(self) -> str | None:
        return (os.environ.get(self.info.env) or None) if self.info.env else None

    def check(self, value: Any, where: str) -> Any:
        """``value`` as this field's type, or InputError naming ``where`` (a file and key, a flag or
        a keyword). Integers are accepted for floats; nothing else is converted."""
        if value is None:
            if self.optional:
                return None
            raise InputError("bad_setting", f"{where}: must be {self.type_name}, not empty")
        kind = self.base_type
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        # bool is an int to Python, but true is no count and 1 is no switch.
        if isinstance(value, bool) != (kind is bool) or not isinstance(value, kind):
            raise InputError("bad_setting", f"{where}: must be {self.type_name}, got {value!r}")
        info = self.info
        if kind is float and not math.isfinite(value):
            raise InputError("bad_setting", f"{where}: must be a finite number, got {value!r}")
        if info.choices is not None and value not in info.choices:
            allowed = ", ".join(str(c) for c in info.choices)
            raise InputError("bad_setting", f"{where}: {value!r} is not one of {allowed}")
        if info.minimum is not None and value < info.minimum:
            raise InputError("bad_setting", f"{where}: {value!r} is below the minimum {info.minimum:g}")
        if info.maximum is not None and value > info.maximum:
            raise InputError("bad_setting", f"{where}: {value!r} is above the maximum {info.maximum:g}")
        return value

    @property
    def type_name(self) -> str:
        name = {bool: "true or false", int: "an integer", float: "a number", str: "a string"}.get(
            self.base_type, self.base_type.__name__
        )
        return f"{name} or null" if self.optional else name

    def describe(self) -> str:
        """The help text with the allowed values and the default, as the CLI shows it."""
        parts = [self.info.help]
        if self.info.choices:
            parts.append(f"One of: {', '.join(str(c) for c in self.info.choices)}.")
        if self.info.env:
            parts.append(f"Also from ${self.info.env}.")
        return " ".join(parts)


def _is_union(annotation: Any) -> bool:
    return typing.get_origin(annotation) in (typing.Union, types.UnionType)


class Settings:
    """Base of every settings dataclass: checks each field on construction and converts to and
    from plain mappings (YAML files, API keywords, manifests)."""

    # Set by subclasses: a short noun for messages ("model", "inference").
    concern: ClassVar[str] = "settings"

    def __post_init__(self) -> None:
        for spec in setting_fields(type(self)):
            checked = spec.check(getattr(self, spec.name), f"{self.concern} setting {spec.name}")
            object.__setattr__(self, spec.name, checked)

    @classmethod
    def fields(cls) -> tuple[SettingField, ...]:
        return setting_fields(cls)

    def require(self, *names: str, command: str) -> None:
        """One line naming the flag of the first of ``names`` left unset (``command``: the
        message's prefix, e.g. ``export gguf``), for settings a command cannot run without."""
        flags = {spec.name: spec.long_flag for spec in self.fields()}
        for name in names:
            if not getattr(self, name):
                raise InputError("missing_setting", f"{command}: {flags[name]} is required")

    @classmethod
    def from_values(cls, values: dict[str, Any], *, where: str = "") -> typing.Self:
        """An instance from ``values`` keyed by field name or YAML key (unknown keys refused);
        fields not given take their environment variable, then their default."""
        [chosen] = canonical_values(values, (cls,), where=where or f"{cls.concern} settings")
        for spec in cls.fields():
            if spec.name not in chosen and spec.env_value is not None:
                chosen[spec.name] = spec.env_value
        return cls(**chosen)

    def to_json(self) -> dict[str, Any]:
        """Field values by name, secrets redacted (for manifests and logs)."""
        return {
            spec.name: ("<set>" if getattr(self, spec.name) is not None else None)
            if spec.info.secret
            else getattr(self, spec.name)
            for spec in self.fields()
        }


@cache
def setting_fields(cls: type) -> tuple[SettingField, ...]:
    hints = typing.get_type_hints(cls)
    out = []
    for f in dataclasses.fields(cls):
        info = f.metadata.get("setting")
        if info is None:
            raise TypeError(f"{cls.__name__}.{f.name}: declare settings with setting(...)")
        default = f.default if f.default is not _MISSING else None
        out.append(SettingField(f.name, hints[f.name], default, info))
    return tuple(out)


def canonical_values(
    values: dict[str, Any], classes: tuple[type[Settings], ...], *, where: str
) -> list[dict[str, Any]]:
    """``values`` keyed by any of the classes' keys, checked and split into one mapping per class
    keyed by field name. A key no class knows, or a value of the wrong type, is one InputError
    naming the key and ``where`` (a file, or "keyword")."""
    owners = {key: (i, spec) for i, cls in enumerate(classes) for spec in cls.fields() for key in spec.keys}
    out: list[dict[str, Any]] = [{} for _ in classes]
    for key, value in values.items():
        if key not in owners:
            known = ", ".join(spec.name for cls in classes for spec in cls.fields())
            raise InputError("unknown_setting", f"{where}: unknown key {key!r} (settings: {known})")
        i, spec = owners[key]
        label = f"option {spec.long_flag}" if where == FROM_OPTIONS else f"{where}: key {key!r}"
        out[i][spec.name] = spec.check(value, label)
    return out


def keyword_parameters(*classes: type[Settings]) -> list[inspect.Parameter]:
    """One keyword-only parameter per field of ``classes``: what an API that takes settings as
    keywords shows in its signature (``help()``, IDEs)."""
    return [
        inspect.Parameter(
            spec.name, inspect.Parameter.KEYWORD_ONLY, default=spec.default, annotation=spec.type
        )
        for cls in classes
        for spec in cls.fields()
    ]

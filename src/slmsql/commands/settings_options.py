"""CLI options derived from settings dataclasses, for every command that takes settings.

A command declares a parameter annotated with a settings class; :func:`with_settings` replaces it
by one option per field (flags, help, default from the field) plus ``--config FILE.yaml``, and at
call time builds the instance: options given on the command line, then the file, then environment
variables, then defaults.
"""

from __future__ import annotations

import functools
import inspect
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

import typer

from slmsql.settings import SettingField, Settings, resolve_settings
from slmsql.settings.fields import FROM_OPTIONS

CONFIG_HELP = (
    "YAML file of settings, one 'name: value' per line; the names are the options' (top_p, model, "
    "samples or n, ...). Options given on the command line override it."
)
# Where a value came from (click's ParameterSource names): these mean nobody gave it.
_NOT_GIVEN = ("DEFAULT", "DEFAULT_MAP")
# The context parameter typer injects into the derived command (a name no setting takes).
_CONTEXT = "settings_context_"


def option_for(spec: SettingField, panel: str, default: Any) -> inspect.Parameter:
    """The typer option of one settings field."""
    option = typer.Option(
        default,
        *spec.flags,
        help=spec.describe(),
        show_default=not spec.info.secret and default is not None,
        rich_help_panel=panel,
    )
    return inspect.Parameter(spec.name, inspect.Parameter.KEYWORD_ONLY, default=option, annotation=spec.type)


def with_settings(
    func: Callable[..., Any] | None = None,
    *,
    exclude: tuple[str, ...] = (),
    defaults: dict[str, Any] | None = None,
) -> Callable[..., Any]:
    """Decorate a command whose parameters include settings classes (``inference: InferenceConfig``).
    ``exclude``: fields the command sets itself (no option, no YAML key); ``defaults``: the command's
    own defaults for some fields (shown in its help; the file and options still override them)."""
    if func is None:
        return functools.partial(with_settings, exclude=exclude, defaults=defaults)
    defaults = defaults or {}
    hints = typing.get_type_hints(func)
    signature = inspect.signature(func)
    targets = {
        name: hints[name]
        for name in signature.parameters
        if isinstance(hints.get(name), type) and issubclass(hints[name], Settings)
    }
    classes = tuple(dict.fromkeys(targets.values()))
    own = [p for name, p in signature.parameters.items() if name not in targets]
    derived = [
        option_for(spec, cls.concern.title() + " settings", defaults.get(spec.name, spec.default))
        for cls in classes
        for spec in cls.fields()
        if spec.name not in exclude
    ]
    clash = {p.name for p in own} & {p.name for p in derived}
    if clash:
        raise TypeError(f"{func.__name__}: parameters {sorted(clash)} are also settings")
    config = inspect.Parameter(
        "config",
        inspect.Parameter.KEYWORD_ONLY,
        default=typer.Option(None, "--config", help=CONFIG_HELP, dir_okay=False),
        annotation=Path | None,
    )
    names = [p.name for p in derived]

    @functools.wraps(func)
    def command(**kwargs: Any) -> Any:
        ctx = kwargs.pop(_CONTEXT)
        config_file = kwargs.pop("config")
        given = {}
        for name in names:
            value = kwargs.pop(name)
            source = ctx.get_parameter_source(name)
            if source is not None and source.name not in _NOT_GIVEN:
                given[name] = value
        instances = resolve_settings(
            classes,
            config=config_file,
            explicit=given,
            explicit_where=FROM_OPTIONS,
            defaults=defaults,
            reserved=exclude,
        )
        built = dict(zip(classes, instances, strict=True))
        return func(**kwargs, **{name: built[cls] for name, cls in targets.items()})

    context = inspect.Parameter(_CONTEXT, inspect.Parameter.KEYWORD_ONLY, annotation=typer.Context)
    parameters = [*own, *derived, config, context]
    # What the command takes, for tests that walk every command.
    command.settings_classes, command.settings_exclude = classes, exclude
    command.__signature__ = inspect.Signature(parameters)
    command.__annotations__ = {p.name: p.annotation for p in parameters}
    return command

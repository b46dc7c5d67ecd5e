"""Settings dataclasses: every field reachable from the CLI, the API and YAML; checks and precedence."""

from __future__ import annotations

import inspect
from dataclasses import dataclass

import pytest

from slmsql.errors import InputError
from slmsql.inference.api import SETTINGS_CLASSES, TextToSQL
from slmsql.inference.config import InferenceConfig
from slmsql.models.settings import API_KEY_ENV, ModelSettings
from slmsql.settings import Settings, read_config_file, resolve_settings, setting

ALL_FIELDS = [(cls, spec) for cls in SETTINGS_CLASSES for spec in cls.fields()]


def _other_value(spec):
    """A valid value that differs from the field's default."""
    if spec.info.choices:
        return next(c for c in spec.info.choices if c != spec.default)
    kind = spec.base_type
    if kind is bool:
        return not spec.default
    if kind is int:
        return int(spec.info.minimum or 0) + 3 if spec.default is None else spec.default + 1
    if kind is float:
        low, high = spec.info.minimum or 0.0, spec.info.maximum or 10.0
        return (low + high) / 2 if spec.default is None or spec.default != (low + high) / 2 else low
    return f"value-of-{spec.name}"


def _yaml_line(key, value) -> str:
    return f"{key}: {value!r}\n" if isinstance(value, str) else f"{key}: {value}\n"


def _by_class(**kwargs):
    return dict(zip(SETTINGS_CLASSES, resolve_settings(SETTINGS_CLASSES, **kwargs), strict=True))


@pytest.mark.parametrize(("cls", "spec"), ALL_FIELDS, ids=[f"{c.__name__}.{s.name}" for c, s in ALL_FIELDS])
def test_every_field_has_help_and_is_a_yaml_key_and_an_api_keyword(cls, spec, tmp_path):
    assert spec.info.help.strip()
    value = _other_value(spec)
    assert spec.name in inspect.signature(TextToSQL.__init__).parameters
    for key in spec.keys:
        (tmp_path / "c.yaml").write_text(_yaml_line(key, value))
        assert getattr(_by_class(config=tmp_path / "c.yaml")[cls], spec.name) == value, key
    assert getattr(_by_class(explicit={spec.name: value})[cls], spec.name) == value


def test_keywords_override_the_file_and_the_file_overrides_the_environment(tmp_path, monkeypatch):
    config = tmp_path / "c.yaml"
    config.write_text("top_p: 0.5\nsamples: 4\napi_key: from-file\n")
    monkeypatch.setenv(API_KEY_ENV, "from-env")
    model, inference = resolve_settings(SETTINGS_CLASSES, config=config, explicit={"n": 6})
    assert (inference.top_p, inference.n, model.api_key) == (0.5, 6, "from-file")
    model, _ = resolve_settings(SETTINGS_CLASSES)
    assert model.api_key == "from-env"


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("top_k: 3\n", "unknown key 'top_k'"),
        ("top_p: high\n", "key 'top_p': must be a number, got 'high'"),
        ("n: 2.5\n", "key 'n': must be an integer"),
        ("early_stop: 1\n", "key 'early_stop': must be true or false"),
        ("mode: vote\n", "key 'mode': 'vote' is not one of greedy, sc, csc"),
        ("temperature: .nan\n", "must be a finite number"),
        ("- a\n- b\n", "must be a mapping"),
        ("model: [a, b]\n", "must be a plain value"),
        ("top_p: [\n", "not valid YAML at line"),
    ],
)
def test_bad_files_are_one_line_naming_file_and_key(tmp_path, text, needle):
    config = tmp_path / "bad.yaml"
    config.write_text(text)
    with pytest.raises(InputError) as caught:
        resolve_settings(SETTINGS_CLASSES, config=config)
    assert str(config) in caught.value.message and needle in caught.value.message
    assert "\n" not in caught.value.message


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_config_file(tmp_path / "nope.yaml")


def test_secrets_stay_out_of_repr_and_json():
    model = ModelSettings(api_key="sk-secret")
    assert "sk-secret" not in repr(model) and model.to_json()["api_key"] == "<set>"
    assert ModelSettings().to_json()["api_key"] is None


def test_ranges_and_types_are_checked_on_construction():
    with pytest.raises(InputError, match="top_p: 1.5 is above the maximum 1"):
        InferenceConfig(top_p=1.5)
    with pytest.raises(InputError, match="must be an integer"):
        InferenceConfig(n=True)
    with pytest.raises(InputError, match="finite"):
        InferenceConfig(timeout_s=float("inf"))
    assert InferenceConfig(temperature=1).temperature == 1.0  # an int is a fine float


def test_unknown_api_keyword_is_refused_before_loading_anything():
    with pytest.raises(InputError, match="unknown key 'topp'"):
        TextToSQL("smollm2-135m", topp=0.3)


def test_a_field_must_be_declared_with_setting():
    @dataclass(frozen=True)
    class Broken(Settings):
        plain: int = 3

    with pytest.raises(TypeError, match="declare settings with setting"):
        Broken.fields()

    @dataclass(frozen=True)
    class Fine(Settings):
        count: int = setting(2, "How many.", minimum=1)

    assert Fine.from_values({"count": 5}).count == 5


def _all_settings_classes():
    import slmsql.cli  # noqa: F401  (imports every command, so every settings class is defined)

    found, todo = [], list(Settings.__subclasses__())
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        if cls.__module__.startswith("slmsql."):
            found.append(cls)
    return sorted(found, key=lambda c: c.__qualname__)


@pytest.mark.parametrize("cls", _all_settings_classes(), ids=lambda c: c.__qualname__)
def test_every_field_of_every_settings_class_reads_from_yaml(cls, tmp_path):
    for spec in cls.fields():
        assert spec.info.help.strip(), spec.name
        if spec.info.secret:
            continue
        value = _other_value(spec)
        for key in spec.keys:
            (tmp_path / "c.yaml").write_text(_yaml_line(key, value))
            [built] = resolve_settings((cls,), config=tmp_path / "c.yaml")
            assert getattr(built, spec.name) == value, (cls.__qualname__, key)


def test_a_file_may_not_set_what_the_command_sets_itself(tmp_path):
    config = tmp_path / "c.yaml"
    config.write_text("mode: greedy\n")
    with pytest.raises(InputError, match="key 'mode' is set by this command"):
        resolve_settings(SETTINGS_CLASSES, config=config, reserved=("mode",))
    config.write_text("top_p: 0.5\n")
    assert resolve_settings(SETTINGS_CLASSES, config=config, reserved=("mode",))[1].top_p == 0.5

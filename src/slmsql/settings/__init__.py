"""Settings: where slmsql finds data and caches (``paths``), how settings are declared (``fields``)
and read from YAML files (``files``)."""

from slmsql.settings.fields import (
    SettingField,
    SettingInfo,
    Settings,
    canonical_values,
    keyword_parameters,
    setting,
    setting_fields,
)
from slmsql.settings.files import read_config_file, resolve_settings
from slmsql.settings.paths import DATA_DIR_ENV, HOME_ENV, cache_dir, data_dir, home_dir

__all__ = [
    "DATA_DIR_ENV",
    "HOME_ENV",
    "SettingField",
    "SettingInfo",
    "Settings",
    "cache_dir",
    "canonical_values",
    "data_dir",
    "home_dir",
    "keyword_parameters",
    "read_config_file",
    "resolve_settings",
    "setting",
    "setting_fields",
]

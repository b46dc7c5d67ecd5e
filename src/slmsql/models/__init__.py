"""Models: the registry of names, the embedded weights, and the generation backends."""

from slmsql.models.loader import LoadedModel, load_backend
from slmsql.models.registry import REGISTRY, LocalModel, ModelSpec, resolve
from slmsql.models.settings import BACKENDS, DEFAULT_MODEL, ModelSettings

__all__ = [
    "BACKENDS",
    "DEFAULT_MODEL",
    "REGISTRY",
    "LoadedModel",
    "LocalModel",
    "ModelSettings",
    "ModelSpec",
    "load_backend",
    "resolve",
]

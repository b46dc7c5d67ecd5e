"""Models: the registry of names, the embedded weights, and the generation backends."""

from slmsql.models.loader import BACKENDS, LoadedModel, load_backend
from slmsql.models.registry import DEFAULT_MODEL, REGISTRY, LocalModel, ModelSpec, model_file, resolve

__all__ = [
    "BACKENDS",
    "DEFAULT_MODEL",
    "REGISTRY",
    "LoadedModel",
    "LocalModel",
    "ModelSpec",
    "load_backend",
    "model_file",
    "resolve",
]

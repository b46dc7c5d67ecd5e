"""The one interface every generation backend implements: "N samples for this prompt"."""

from __future__ import annotations

import abc
from dataclasses import dataclass, field

from slmsql.prompts.chat import ChatPrompt

__all__ = ["Backend", "ChatPrompt", "Completion", "GenerationOutput", "SamplingParams"]


@dataclass(frozen=True)
class SamplingParams:
    n: int = 1
    temperature: float = 0.0  # 0 means greedy
    top_p: float = 1.0
    max_tokens: int = 512
    stop: tuple[str, ...] = ()
    seed: int = 0


@dataclass(frozen=True)
class Completion:
    """One sample. ``text`` excludes the prefill and the stop string; ``finish_reason`` is
    ``"stop"`` (a stop string or end of sequence) or ``"length"`` (max_tokens reached)."""

    text: str
    finish_reason: str
    tokens: int
    stop: str | None = None  # the stop string that ended it, if any


@dataclass(frozen=True)
class GenerationOutput:
    completions: tuple[Completion, ...]
    prompt_tokens: int  # tokens in the rendered prompt
    prompt_tokens_evaluated: int  # of which actually computed (the rest came from a reused prefix)
    prompt_s: float
    generation_s: float
    extra: dict = field(default_factory=dict, compare=False)

    @property
    def generated_tokens(self) -> int:
        return sum(c.tokens for c in self.completions)


class Backend(abc.ABC):
    """A loaded model able to sample completions."""

    name: str = "backend"

    @abc.abstractmethod
    def render(self, prompt: ChatPrompt) -> str:
        """The exact prompt text the model sees: chat template applied, generation prompt added,
        prefill appended."""

    @abc.abstractmethod
    def generate(self, prompt: ChatPrompt, params: SamplingParams) -> GenerationOutput:
        """Return ``params.n`` completions for ``prompt``; the same seed gives the same output."""

    def close(self) -> None:  # noqa: B027 - optional hook
        """Free the model's memory."""

    def __enter__(self):
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

"""The one interface every generation backend implements: "N samples for this prompt"."""

from __future__ import annotations

import abc
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from slmsql.prompts.chat import ChatPrompt

__all__ = [
    "Backend",
    "ChatPrompt",
    "Completion",
    "GenerationOutput",
    "SamplingParams",
    "TokenCallback",
    "TokenProgress",
]

# Called with the running count of tokens generated so far, over all of a request's samples.
TokenCallback = Callable[[int], None]
# The least time between two progress calls while a request generates.
PROGRESS_INTERVAL_S = 0.2


@dataclass(frozen=True)
class SamplingParams:
    n: int = 1
    temperature: float = 0.0  # 0 means greedy
    top_p: float = 1.0
    max_tokens: int = 512
    stop: tuple[str, ...] = ()
    seed: int = 0
    # Progress: the backend calls it with the tokens generated so far (see TokenProgress). Not part
    # of what is sampled: equal params give equal samples whatever the callback.
    on_tokens: TokenCallback | None = field(default=None, compare=False, repr=False)

    def progress(self) -> TokenProgress:
        """A fresh count of this request's generated tokens, reporting to ``on_tokens``."""
        return TokenProgress(self.on_tokens)


class TokenProgress:
    """A request's running count of generated tokens, reported to ``SamplingParams.on_tokens`` at
    most once per ``interval_s`` while tokens arrive, and once more by :meth:`finish` (always, so a
    backend that cannot count as it goes reports once, at the end). The counts reported never
    decrease. Cheap when there is no callback."""

    def __init__(
        self,
        callback: TokenCallback | None,
        interval_s: float = PROGRESS_INTERVAL_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.callback = callback
        self.count = 0
        self.interval_s = interval_s
        self._clock = clock
        self._reported: int | None = None
        self._next = clock() + interval_s if callback is not None else 0.0

    def add(self, tokens: int = 1) -> None:
        """Count ``tokens`` more; report when ``interval_s`` has passed since the last report."""
        self.count += tokens
        if self.callback is not None and tokens > 0:
            now = self._clock()
            if now >= self._next:
                self._next = now + self.interval_s
                self._report()

    def finish(self, total: int | None = None) -> None:
        """The request is done: report the final count (at least ``total``, the completions' tokens)."""
        if total is not None:
            self.count = max(self.count, total)
        if self.callback is not None and self._reported != self.count:
            self._report()

    def _report(self) -> None:
        self._reported = self.count
        self.callback(self.count)  # type: ignore[misc]


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
        """Return ``params.n`` completions for ``prompt``; the same seed gives the same output.
        Calls ``params.on_tokens`` (when set) with the tokens generated so far, through a
        :class:`TokenProgress`: now and then while generating, and at the end."""

    def close(self) -> None:  # noqa: B027 - optional hook
        """Free the model's memory."""

    def __enter__(self):
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

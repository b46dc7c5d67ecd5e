"""What an answer carries: the final SQL and result, every candidate, the merge, timings."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from slmsql.db.json_values import jsonable


@dataclass(frozen=True)
class Candidate:
    """One sampled (or merge-revised) answer. ``group`` is its vote group's rank (0 = winner's
    group) and ``votes`` that group's size; both None/0 when it got no vote."""

    sql: str | None
    text: str
    stage: str  # "generation" or "merge"
    group: int | None = None
    votes: int = 0
    error: str | None = None  # error class, or "no_sql" when nothing could be extracted
    message: str = ""
    repaired_from: str | None = None  # the model's SQL, when ``sql`` is its column-table repair


@dataclass(frozen=True)
class MergeInfo:
    ran: bool
    reason: str  # why it ran or did not
    drafts: tuple[str, ...] = ()
    outputs: tuple[Candidate, ...] = ()
    chosen_sql: str | None = None  # the merge vote's winner (None when none executed)


@dataclass(frozen=True)
class Timings:
    prompt_s: float = 0.0  # schema, values and prompt building
    generation_s: float = 0.0
    execution_s: float = 0.0
    merge_s: float = 0.0  # merge prompt, generation and execution
    total_s: float = 0.0


@dataclass(frozen=True)
class TokenCounts:
    prompt: int = 0
    prompt_evaluated: int = 0  # the rest came from a reused prompt prefix
    generated: int = 0


@dataclass(frozen=True)
class Answer:
    question: str
    db: str
    mode: str
    model: str
    sql: str | None
    columns: tuple[str, ...] = ()
    rows: tuple[tuple, ...] = ()
    truncated: bool = False
    error: str | None = None  # the final SQL's error class, when it failed
    message: str = ""
    candidates: tuple[Candidate, ...] = ()
    merge: MergeInfo = field(default_factory=lambda: MergeInfo(False, "not applicable"))
    fallback: str | None = None  # set when no candidate executed and a fallback was chosen
    timings: Timings = field(default_factory=Timings)
    tokens: TokenCounts = field(default_factory=TokenCounts)
    stopped_early: bool = False  # early stop: the first half of the samples agreed, the rest was not drawn

    def vote_summary(self) -> str:
        """One line for people: how the vote went."""
        generated = [c for c in self.candidates if c.stage == "generation"]
        valid = [c for c in generated if c.group is not None]
        groups = sorted({(c.group, c.votes) for c in valid})
        if self.mode == "greedy":
            line = "greedy: 1 candidate"
        else:
            shape = "+".join(str(v) for _, v in groups) or "none"
            line = f"{len(generated)} candidates, {len(valid)} executed, result groups {shape}"
        repaired = sum(c.repaired_from is not None for c in generated)
        if repaired:
            line += f" ({repaired} after a column-table repair)"
        if self.stopped_early:
            line += "; the first half agreed, so the rest was not drawn (early stop)"
        if self.merge.ran:
            line += f"; merge revision ran ({len(self.merge.outputs)} samples)"
        if self.fallback:
            line += f"; {self.fallback}"
        return line

    def to_json(self) -> dict:
        """The one JSON form of an answer: what `slmsql ask --json` prints, what `slmsql predict`
        writes per question and what the HTTP API returns. Result values are encoded as
        ``slmsql.db.json_values`` says (blobs as base64 objects, ...), so it is always valid JSON."""
        return {
            "sql": self.sql,
            "columns": list(self.columns),
            "rows": [jsonable(list(r)) for r in self.rows],
            "truncated": self.truncated,
            "error": self.error,
            "message": self.message,
            "mode": self.mode,
            "model": self.model,
            "candidates": [
                {
                    "sql": c.sql,
                    "votes": c.votes,
                    "group": c.group,
                    "error": c.error,
                    "repaired_from": c.repaired_from,
                }
                for c in self.candidates
            ],
            "merged": self.merge.ran,
            "merge": {
                "ran": self.merge.ran,
                "reason": self.merge.reason,
                "drafts": list(self.merge.drafts),
                "outputs": [{"sql": c.sql, "votes": c.votes, "error": c.error} for c in self.merge.outputs],
                "chosen_sql": self.merge.chosen_sql,
            },
            "fallback": self.fallback,
            "stopped_early": self.stopped_early,
            "timings": {k: round(v, 4) for k, v in asdict(self.timings).items()},
            "tokens": asdict(self.tokens),
        }

"""Rewards for GRPO: execution against the gold result, and the think/answer format.

Each reward is a callable with the signature TRL's ``GRPOTrainer`` calls (``prompts``,
``completions`` and every dataset column as keyword arguments, returning one float, or None when it
does not apply, per completion). The dataset columns used are ``db_path`` and ``gold_sql``.

Queries run through :class:`slmsql.db.pool.QueryPool` (read-only, the policy first, a hard time
limit): a batch's distinct queries run in parallel in one call, and each gold result is run once and
kept for the rest of the run. A prediction is right when it returns the gold rows as a set (order and
duplicates ignored): the paper's (BIRD's) rule.

Named recipes (:data:`REWARD_RECIPES`) pair reward functions with their weights:
``slm-sql`` = execution + 0.1 x format (the paper), ``arctic`` = 1 right / 0.1 executes / 0
(Arctic-Text2SQL-R1), ``graded`` = partial credit for overlapping rows + 0.1 x format, and
``slm-sql+executes`` adds 0.1 for a query that runs at all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from slmsql.db.execute import QueryResult
from slmsql.db.pool import QueryJob, QueryPool
from slmsql.errors import InputError
from slmsql.prompts.extract import extract_sql

# The whole completion is one think block then one answer block (whitespace around them allowed).
_THINK_ANSWER = re.compile(r"^\s*<think>(.*?)</think>\s*<answer>(.*?)</answer>\s*$", re.S)
_STARTS_QUERY = re.compile(r"^\s*(SELECT|WITH)\b", re.I)

DEFAULT_REWARD_TIMEOUT_S = 10.0
# Rows compared per result: enough that different large results do not look alike.
REWARD_MAX_ROWS = 10_000


def completion_text(completion: Any) -> str:
    """The text of one completion as TRL passes it: a string, or chat messages (the assistant's)."""
    if isinstance(completion, str):
        return completion
    if isinstance(completion, dict):
        return str(completion.get("content") or "")
    if isinstance(completion, Sequence):
        parts = [m.get("content") or "" for m in completion if isinstance(m, dict)]
        return "".join(str(p) for p in parts)
    return ""


def well_formed(text: str) -> bool:
    """``<think>…</think><answer>…</answer>`` and nothing else, with a SELECT/WITH query inside the
    answer (in a ```sql fence or bare)."""
    match = _THINK_ANSWER.match(text)
    if match is None or "<think>" in match.group(2) or "<answer>" in match.group(1):
        return False
    sql = extract_sql(f"<answer>{match.group(2)}</answer>")
    return bool(sql) and bool(_STARTS_QUERY.match(sql))


@dataclass(frozen=True)
class Outcome:
    """How one completion fared: ``kind`` is ``correct``, ``wrong`` (it ran, other rows), ``failed``
    (error, timeout or refused), ``no_sql``, or ``no_gold`` (the gold query itself failed: the
    completion cannot be judged). ``overlap``: Jaccard similarity of the row sets when it ran."""

    kind: str
    overlap: float = 0.0

    @property
    def executes(self) -> bool:
        return self.kind in ("correct", "wrong")


class ExecutionJudge:
    """Runs completions' SQL and gold SQL on their databases and compares the results. Gold results
    are cached for the judge's life (a GRPO run asks for the same gold many times)."""

    def __init__(
        self, *, workers: int | None = None, timeout_s: float = DEFAULT_REWARD_TIMEOUT_S, pool=None
    ) -> None:
        self.pool = pool or QueryPool(workers, timeout_s=timeout_s, max_rows=REWARD_MAX_ROWS)
        self._own_pool = pool is None
        self.gold: dict[tuple[str, str], QueryResult] = {}
        self.runs = 0  # queries executed, for tests and logs
        # The last batch judged: several rewards of one recipe read the same batch; it runs once.
        self._last: tuple[tuple, list[Outcome]] | None = None

    def close(self) -> None:
        if self._own_pool:
            self.pool.close()

    def __enter__(self) -> ExecutionJudge:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def judge(self, texts: Sequence[str], db_paths: Sequence[str], gold_sqls: Sequence[str]) -> list[Outcome]:
        if not len(texts) == len(db_paths) == len(gold_sqls):
            raise ValueError("texts, db_path and gold_sql must be as long as each other")
        batch = (tuple(texts), tuple(map(str, db_paths)), tuple(gold_sqls))
        if self._last is not None and self._last[0] == batch:
            return list(self._last[1])
        sqls = [extract_sql(t) for t in texts]
        wanted: dict[tuple[str, str], None] = {}
        for db, gold in zip(db_paths, gold_sqls, strict=True):
            if (str(db), gold) not in self.gold:
                wanted[(str(db), gold)] = None
        for db, sql in zip(db_paths, sqls, strict=True):
            if sql:
                wanted[(str(db), sql)] = None
        keys = list(wanted)
        results = self.pool.run([QueryJob(db, sql) for db, sql in keys]) if keys else []
        self.runs += len(keys)
        ran = dict(zip(keys, results, strict=True))
        for db, gold in zip(db_paths, gold_sqls, strict=True):
            key = (str(db), gold)
            if key not in self.gold:
                self.gold[key] = ran[key]
        outcomes = []
        for db, gold_sql, sql in zip(db_paths, gold_sqls, sqls, strict=True):
            gold = self.gold[(str(db), gold_sql)]
            if not gold.ok:
                outcomes.append(Outcome("no_gold"))
            elif not sql:
                outcomes.append(Outcome("no_sql"))
            else:
                outcomes.append(compare(ran[(str(db), sql)], gold))
        self._last = (batch, outcomes)
        return outcomes


def compare(pred: QueryResult, gold: QueryResult) -> Outcome:
    if not pred.ok:
        return Outcome("failed")
    got, want = pred.row_set(), gold.row_set()
    union = got | want
    overlap = len(got & want) / len(union) if union else 1.0
    return Outcome("correct" if got == want else "wrong", overlap)


def _columns(kwargs: dict, n: int) -> tuple[list[str], list[str]]:
    missing = [k for k in ("db_path", "gold_sql") if k not in kwargs]
    if missing:
        raise InputError(
            "reward_columns",
            f"reward: the dataset has no {' or '.join(missing)} column (needs db_path, gold_sql)",
        )
    db_paths, golds = list(kwargs["db_path"]), list(kwargs["gold_sql"])
    if len(db_paths) != n or len(golds) != n:
        raise ValueError("reward: db_path/gold_sql columns do not match the completions")
    return db_paths, golds


class ExecutionReward:
    """A reward scored from execution outcomes; ``score`` maps an :class:`Outcome` to a float (None
    when the gold itself fails)."""

    def __init__(self, name: str, score, judge: ExecutionJudge) -> None:
        self.__name__ = name  # TRL logs each reward under its function's name
        self.score = score
        self.judge = judge

    def __call__(self, prompts=None, completions=(), **kwargs) -> list[float | None]:
        texts = [completion_text(c) for c in completions]
        db_paths, golds = _columns(kwargs, len(texts))
        return [self.score(o) for o in self.judge.judge(texts, db_paths, golds)]


def format_reward(prompts=None, completions=(), **_kwargs) -> list[float]:
    """1.0 for a well-formed think/answer completion with a query in the answer, else 0.0."""
    return [1.0 if well_formed(completion_text(c)) else 0.0 for c in completions]


def _execution(o: Outcome) -> float | None:
    return None if o.kind == "no_gold" else float(o.kind == "correct")


def _executes(o: Outcome) -> float | None:
    return None if o.kind == "no_gold" else float(o.executes)


def _arctic(o: Outcome) -> float | None:
    if o.kind == "no_gold":
        return None
    return 1.0 if o.kind == "correct" else 0.1 if o.executes else 0.0


def _graded(o: Outcome) -> float | None:
    """1 right; a query that runs earns 0.1 plus up to 0.4 for the share of gold rows it shares."""
    if o.kind == "no_gold":
        return None
    if o.kind == "correct":
        return 1.0
    return 0.1 + 0.4 * o.overlap if o.executes else 0.0


_SCORES = {"execution": _execution, "executes": _executes, "arctic": _arctic, "graded": _graded}

# name -> ((reward function, weight), ...)
REWARD_RECIPES: dict[str, tuple[tuple[str, float], ...]] = {
    "slm-sql": (("execution", 1.0), ("format", 0.1)),
    "arctic": (("arctic", 1.0),),
    "graded": (("graded", 1.0), ("format", 0.1)),
    "slm-sql+executes": (("execution", 1.0), ("format", 0.1), ("executes", 0.1)),
}
REWARD_NAMES = tuple(REWARD_RECIPES)


def reward_functions(recipe: str, judge: ExecutionJudge) -> tuple[list, list[float]]:
    """The reward callables and weights of a named recipe, sharing ``judge`` (one pool, one gold
    cache; a batch's queries are then run once however many rewards read them)."""
    if recipe not in REWARD_RECIPES:
        raise InputError("unknown_reward", f"reward {recipe!r}: unknown (known: {', '.join(REWARD_NAMES)})")
    funcs, weights = [], []
    for name, weight in REWARD_RECIPES[recipe]:
        funcs.append(format_reward if name == "format" else ExecutionReward(name, _SCORES[name], judge))
        weights.append(weight)
    return funcs, weights


def combined(recipe: str, judge: ExecutionJudge, completions, **columns) -> list[float]:
    """The weighted total reward of each completion (for evaluation outside TRL); a part that does
    not apply counts 0."""
    funcs, weights = reward_functions(recipe, judge)
    totals = [0.0] * len(completions)
    for func, weight in zip(funcs, weights, strict=True):
        for i, value in enumerate(func(completions=completions, **columns)):
            totals[i] += weight * (value or 0.0)
    return totals

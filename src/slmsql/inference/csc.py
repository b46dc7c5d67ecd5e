"""Corrective self-consistency (CSC-SQL): sample, execute, vote, and revise disagreements.

``greedy`` takes one deterministic answer; ``sc`` samples N and votes by execution result;
``csc`` adds the merge revision: when the two largest result groups disagree, their first drafts
and results go to the merge model, which writes M revised queries that are executed and voted on
again. When none of those executes, the first vote's winner stands.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from pathlib import Path

from slmsql.db.engines import check_database, mask_url
from slmsql.db.execute import QueryResult
from slmsql.db.pool import QueryJob, QueryPool
from slmsql.db.render import render_schema, render_value_matches, schema_engine
from slmsql.db.repair import repairs_for_failures
from slmsql.db.schema import Schema
from slmsql.db.schema_source import SchemaSource, with_matched_values
from slmsql.db.selection import approx_tokens, select_schema
from slmsql.errors import InputError
from slmsql.inference.config import InferenceConfig
from slmsql.inference.result import Answer, Candidate, MergeInfo, Timings, TokenCounts
from slmsql.inference.voting import Vote, vote
from slmsql.models.base import Backend, GenerationOutput, SamplingParams
from slmsql.prompts.chat import ChatPrompt
from slmsql.prompts.extract import extract_sql
from slmsql.prompts.merge import merge_prompt
from slmsql.prompts.styles import PromptStyle
from slmsql.prompts.text_to_sql import text_to_sql_prompt


@dataclass(frozen=True)
class Executed:
    """Candidates after execution: their SQL (repaired where a repair ran), results, and the SQL as
    the model wrote it where it was repaired (else None)."""

    sqls: list[str | None]
    results: list[QueryResult | None]
    repaired_from: list[str | None]

    def ballot(self) -> list[QueryResult | None]:
        """The results that vote. Repaired candidates vote only when no candidate ran as written:
        counted alongside, they split close votes into more groups, which called the merge revision
        more often, and those merges mostly lost answers (docs/benchmarks.md, repair)."""
        pairs = list(zip(self.results, self.repaired_from, strict=True))
        if not any(r is not None and r.ok and original is None for r, original in pairs):
            return self.results
        return [None if original is not None else r for r, original in pairs]

    def __add__(self, other: Executed) -> Executed:
        return Executed(
            self.sqls + other.sqls, self.results + other.results, self.repaired_from + other.repaired_from
        )


@dataclass(frozen=True)
class Drawn:
    """The generation stage's candidates with what drawing and running them cost."""

    texts: list[str]
    executed: Executed
    tokens: TokenCounts
    generation_s: float
    execution_s: float
    stopped_early: bool = False

    def __add__(self, other: Drawn) -> Drawn:
        return Drawn(
            self.texts + other.texts,
            self.executed + other.executed,
            _add(self.tokens, other.tokens),
            self.generation_s + other.generation_s,
            self.execution_s + other.execution_s,
        )


def _unanimous(ballot: Vote) -> bool:
    return len(ballot.groups) == 1 and not ballot.invalid


# Rows compared when voting: enough that different large results do not look alike.
VOTE_MAX_ROWS = 10_000


class CSCPipeline:
    """Answers questions over SQLite databases with one generation model and, for ``csc``, a merge
    model (by default the same one). Owns a query pool; call :meth:`close` or use ``with``."""

    def __init__(
        self,
        backend: Backend,
        *,
        model_name: str,
        prompt_style: PromptStyle,
        config: InferenceConfig | None = None,
        merge_backend: Backend | None = None,
        merge_style: PromptStyle | None = None,
        schema_source: SchemaSource | None = None,
        pool: QueryPool | None = None,
    ) -> None:
        self.backend = backend
        self.model_name = model_name
        self.style = prompt_style
        self.config = config or InferenceConfig()
        self.merge_backend = merge_backend or backend
        self.merge_style = merge_style or prompt_style
        self.merge_min_ratio = self.config.merge_trigger(self.merge_style)
        self.schemas = schema_source or SchemaSource()
        self._own_pool = pool is None
        self.pool = pool or QueryPool(
            timeout_s=self.config.timeout_s,
            max_rows=VOTE_MAX_ROWS,
            max_result_bytes=self.config.max_result_bytes,
        )

    def close(self) -> None:
        if self._own_pool:
            self.pool.close()

    def __enter__(self) -> CSCPipeline:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    # -- stages ---------------------------------------------------------------------------------

    def _sample(
        self, backend: Backend, prompt: ChatPrompt, n: int, greedy: bool, seed: int, style: PromptStyle
    ):
        params = SamplingParams(
            n=n,
            temperature=0.0 if greedy else self.config.temperature,
            top_p=1.0 if greedy else self.config.top_p,
            max_tokens=self.config.tokens_for(style),
            stop=prompt.stop,
            seed=seed,
        )
        output = backend.generate(prompt, params)
        texts = [prompt.prefill + c.text for c in output.completions]
        return output, texts

    def _run(self, db: Path, sqls: list[str | None]) -> list[QueryResult | None]:
        """Run each distinct SQL once; candidates without SQL get None."""
        distinct = sorted({s for s in sqls if s})
        results = self.pool.run([QueryJob(str(db), s) for s in distinct])
        by_sql = dict(zip(distinct, results, strict=True))
        return [by_sql[s] if s else None for s in sqls]

    def execute(self, db: Path, sqls: list[str | None], schema: Schema) -> Executed:
        """Run the candidates ``sqls`` on ``db`` (None: a candidate without SQL); one that failed
        with ``no such column`` because a column was qualified with the wrong table of its FROM
        clause is repaired (db.repair) and replaced by the repair when that runs."""
        results = self._run(db, sqls)
        repairs = repairs_for_failures(sqls, results, schema) if self.config.repair_columns else {}
        fixed = list(sqls)
        repaired_from: list[str | None] = [None] * len(sqls)
        if repairs:
            order = sorted(repairs)
            rerun = self._run(db, [repairs[i].sql for i in order])
            for i, result in zip(order, rerun, strict=True):
                if result is not None and result.ok:
                    repaired_from[i], fixed[i], results[i] = sqls[i], repairs[i].sql, result
        return Executed(fixed, results, repaired_from)

    @staticmethod
    def _candidates(texts, executed: Executed, ballot: Vote, stage: str) -> list[Candidate]:
        out = []
        rows = zip(texts, executed.sqls, executed.results, executed.repaired_from, strict=True)
        for i, (text, sql, result, original) in enumerate(rows):
            group = ballot.group_of(i)
            if sql is None:
                error, message = "no_sql", "no SQL found in the answer"
            elif result is not None and not result.ok:
                error, message = result.error.value, result.message
            elif original is not None and group is None:
                error, message = None, "repaired; it votes only when no candidate runs as written"
            else:
                error, message = None, ""
            votes = ballot.groups[group].size if group is not None else 0
            out.append(Candidate(sql, text, stage, group, votes, error, message, original))
        return out

    def _fit(self, schema: Schema, question: str, matches) -> Schema:
        """``schema`` within the schema token budget (db.selection); ``matches()`` gives the question's
        values, asked for only when the schema does not fit."""
        budget = self.config.schema_tokens or max(64, getattr(self.backend, "n_ctx", 8192) // 2)
        if approx_tokens(render_schema(schema)) <= budget:
            return schema
        places = [(m.table, m.column) for m in matches()] if self.config.use_values else []
        return select_schema(schema, question, budget, matched=places)

    def prompt_for(
        self, db: Path, question: str, evidence: str = "", db_id: str | None = None
    ) -> tuple[ChatPrompt, Schema]:
        """The generation prompt for ``question`` on the database ``db``, and the schema with the
        question's values among its examples (what the merge prompt shows, whatever the placement).
        Public so that callers which run the flow piecemeal (merge-data building, benchmarks) build
        exactly the prompt :meth:`answer` would."""
        cfg = self.config
        if cfg.values_in(self.style) == "schema":
            schema = self.schemas.for_question(db, question, db_id=db_id, use_values=cfg.use_values)
            schema = self._fit(schema, question, lambda: self.schemas.matches(db, question))
            engine = schema_engine(schema)
            prompt = text_to_sql_prompt(render_schema(schema), question, self.style, evidence, engine=engine)
            return prompt, schema
        matches = self.schemas.matches(db, question) if cfg.use_values else []
        plain = self._fit(self.schemas.schema(db, db_id), question, lambda: matches)
        values = render_value_matches(matches, plain)
        prompt = text_to_sql_prompt(
            render_schema(plain), question, self.style, evidence, values, engine=schema_engine(plain)
        )
        return prompt, with_matched_values(plain, matches)

    def draw(self, db: Path, prompt: ChatPrompt, schema: Schema, n: int, greedy: bool, seed: int) -> Drawn:
        """Sample ``n`` candidates for ``prompt`` (sample i seeded with ``seed + i``; greedy decoding
        when ``greedy``) and execute each on ``db``: the texts, their executions, and the tokens and
        seconds spent. ``prompt`` and ``schema`` are what :meth:`prompt_for` returns."""
        output, texts = self._sample(self.backend, prompt, n, greedy, seed, self.style)
        t_exec = time.monotonic()
        executed = self.execute(db, [extract_sql(t) for t in texts], schema)
        execution_s = time.monotonic() - t_exec
        return Drawn(texts, executed, _tokens(output), output.prompt_s + output.generation_s, execution_s)

    def _candidate_rounds(self, db: Path, prompt: ChatPrompt, schema: Schema) -> Drawn:
        """Sample and execute the N candidates. With ``early_stop``, the first half is drawn and run
        first; when those all execute and agree, the rest is not drawn. The vote's answer is the one
        all N would have given: the half's group would hold at least half the votes and, on a tie,
        the earliest candidate. What can change is csc's merge: had the other half all agreed on
        one other result, the tie would have called it."""
        cfg = self.config
        greedy = cfg.mode == "greedy"
        first = cfg.samples // 2 if cfg.early_stop and not greedy and cfg.samples >= 2 else cfg.samples
        drawn = self.draw(db, prompt, schema, first, greedy, cfg.seed)
        if first == cfg.samples:
            return drawn
        if _unanimous(vote(drawn.executed.ballot())):
            return replace(drawn, stopped_early=True)
        # The second round's seeds continue where the first stopped, as one round of N would seed.
        return drawn + self.draw(db, prompt, schema, cfg.samples - first, False, cfg.seed + first)

    # -- the whole flow -------------------------------------------------------------------------

    def answer(
        self, db_path: str | Path, question: str, evidence: str = "", db_id: str | None = None
    ) -> Answer:
        if not question or not question.strip():
            raise InputError("empty_question", "the question is empty")
        db = check_database(db_path)  # a SQLite file, or a database URL
        cfg = self.config
        started = time.monotonic()

        prompt, schema = self.prompt_for(db, question, evidence, db_id)
        prompt_s = time.monotonic() - started

        drawn = self._candidate_rounds(db, prompt, schema)
        texts, executed, tokens = drawn.texts, drawn.executed, drawn.tokens
        sqls, results = executed.sqls, executed.results
        execution_s = drawn.execution_s
        ballot = vote(executed.ballot())
        candidates = self._candidates(texts, executed, ballot, "generation")

        chosen = ballot.winner
        final_sql, final_result = (sqls[chosen], results[chosen]) if chosen is not None else (None, None)
        merge = MergeInfo(False, _no_merge_reason(cfg.mode, ballot, self.merge_min_ratio))
        merge_s = 0.0
        if cfg.mode == "csc" and ballot.contested(self.merge_min_ratio):
            t_merge = time.monotonic()
            merge, merged, merge_tokens = self.merge(db, schema, question, evidence, executed, ballot)
            tokens = _add(tokens, merge_tokens)
            if merged is not None:
                final_sql, final_result = merged
            merge_s = time.monotonic() - t_merge

        fallback = None
        if final_sql is None:
            first = next((i for i, s in enumerate(sqls) if s), None)
            if first is None:
                fallback = "no candidate contained SQL"
            else:
                fallback = "no candidate executed; showing the first candidate"
                final_sql, final_result = sqls[first], results[first]

        timings = Timings(
            prompt_s=prompt_s,
            generation_s=drawn.generation_s,
            execution_s=execution_s,
            merge_s=merge_s,
            total_s=time.monotonic() - started,
        )
        return _answer(
            question,
            db,
            cfg,
            self.model_name,
            final_sql,
            final_result,
            candidates,
            merge,
            fallback,
            timings,
            tokens,
            drawn.stopped_early,
        )

    def merge(
        self, db: Path, schema: Schema, question: str, evidence: str, executed: Executed, ballot: Vote
    ) -> tuple[MergeInfo, tuple[str, QueryResult] | None, TokenCounts]:
        """The merge revision of a contested ``ballot`` over ``executed`` (what :meth:`execute`
        returned): the merge model revises the two largest groups' first candidates; its revisions
        are run and voted on. Returns what happened, the chosen revision and its result (None when
        no revision ran), and the tokens spent. Public so that merge models can be compared on the
        same recorded drafts (bench/merge_model.py)."""
        cfg = self.config
        sqls, results = executed.sqls, executed.results
        top, second = ballot.groups[0], ballot.groups[1]
        drafts = [(sqls[top.first], results[top.first]), (sqls[second.first], results[second.first])]
        prompt = merge_prompt(schema, question, drafts, self.merge_style, evidence)
        output, texts = self._sample(self.merge_backend, prompt, cfg.m, False, cfg.seed + 1, self.merge_style)
        merged = self.execute(db, [extract_sql(t) for t in texts], schema)
        merged_sqls, merged_results = merged.sqls, merged.results
        merge_vote = vote(merged.ballot())
        outputs = tuple(self._candidates(texts, merged, merge_vote, "merge"))
        reason = f"the two largest result groups disagree ({top.size} vs {second.size} votes)"
        winner = merge_vote.winner
        if winner is None:
            info = MergeInfo(
                True,
                reason + "; no revision executed, the first vote stands",
                (drafts[0][0], drafts[1][0]),
                outputs,
                None,
            )
            return info, None, _tokens(output)
        info = MergeInfo(True, reason, (drafts[0][0], drafts[1][0]), outputs, merged_sqls[winner])
        return info, (merged_sqls[winner], merged_results[winner]), _tokens(output)


def _no_merge_reason(mode: str, ballot: Vote, min_ratio: float) -> str:
    if mode != "csc":
        return "mode is not csc"
    if not ballot.disagreement:
        return "the candidates agree"
    top, second = ballot.groups[0].size, ballot.groups[1].size
    return (
        f"the vote is clear ({top} vs {second} votes; the merge needs a runner-up with at least "
        f"{min_ratio:g} of the leader's votes)"
    )


def _tokens(output: GenerationOutput) -> TokenCounts:
    return TokenCounts(output.prompt_tokens, output.prompt_tokens_evaluated, output.generated_tokens)


def _add(a: TokenCounts, b: TokenCounts) -> TokenCounts:
    return TokenCounts(
        a.prompt + b.prompt, a.prompt_evaluated + b.prompt_evaluated, a.generated + b.generated
    )


def _answer(
    question, db, cfg, model, sql, result, candidates, merge, fallback, timings, tokens, stopped_early
) -> Answer:
    if sql is None or result is None:
        error, message, columns, rows, truncated = "no_sql", "no SQL could be produced", (), (), False
    elif not result.ok:
        error, message, columns, rows, truncated = result.error.value, result.message, (), (), False
    else:
        error, message, columns = None, "", result.columns
        rows = result.rows[: cfg.max_rows]
        truncated = result.truncated or len(result.rows) > cfg.max_rows
    return Answer(
        question=question,
        db=mask_url(str(db)),  # a database URL's password is never shown
        mode=cfg.mode,
        model=model,
        sql=sql,
        columns=columns,
        rows=rows,
        truncated=truncated,
        error=error,
        message=message,
        candidates=tuple(candidates),
        merge=merge,
        fallback=fallback,
        timings=timings,
        tokens=tokens,
        stopped_early=stopped_early,
    )

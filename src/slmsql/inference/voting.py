"""Self-consistency voting: candidates grouped by what they return, the largest group wins.

Rules (deterministic, documented because answers depend on them):
- A candidate that failed to execute, or had no SQL, gets no vote.
- Candidates vote for their result's *row set* (row order and duplicates ignored, column order
  kept): two queries returning the same rows agree, whatever their text.
- Groups are ranked by size; equal sizes are ranked by the earliest candidate in the group
  (sample order, which is fixed by the seed). The winner is the top group's earliest candidate.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from slmsql.db.execute import QueryResult


@dataclass(frozen=True)
class VoteGroup:
    members: tuple[int, ...]  # candidate indices, ascending

    @property
    def size(self) -> int:
        return len(self.members)

    @property
    def first(self) -> int:
        return self.members[0]


@dataclass(frozen=True)
class Vote:
    groups: tuple[VoteGroup, ...]  # ranked: largest first, then earliest
    invalid: tuple[int, ...]  # candidates with no vote

    @property
    def winner(self) -> int | None:
        return self.groups[0].first if self.groups else None

    @property
    def disagreement(self) -> bool:
        """True when at least two distinct results got votes (the paper's merge trigger)."""
        return len(self.groups) >= 2

    def contested(self, min_ratio: float = 0.0) -> bool:
        """A disagreement whose runner-up group has at least ``min_ratio`` of the leader's votes."""
        return contested([g.size for g in self.groups], min_ratio)

    def group_of(self, index: int) -> int | None:
        return next((g for g, group in enumerate(self.groups) if index in group.members), None)


def contested(group_sizes: Sequence[int], min_ratio: float = 0.0) -> bool:
    """The merge trigger on ranked group sizes (largest first): at least two groups, and the
    runner-up has at least ``min_ratio`` of the leader's votes (0: any disagreement)."""
    return len(group_sizes) >= 2 and group_sizes[1] >= min_ratio * group_sizes[0]


def vote(results: Sequence[QueryResult | None]) -> Vote:
    """Group ``results`` (None = no SQL) by row set and rank the groups."""
    by_key: dict[frozenset, list[int]] = {}
    invalid: list[int] = []
    for index, result in enumerate(results):
        if result is None or not result.ok:
            invalid.append(index)
            continue
        by_key.setdefault(result.row_set(), []).append(index)
    groups = sorted((VoteGroup(tuple(m)) for m in by_key.values()), key=lambda g: (-g.size, g.first))
    return Vote(groups=tuple(groups), invalid=tuple(invalid))

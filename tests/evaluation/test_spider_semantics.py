"""Spider's execution match, rule by rule, as fixture tables (in the style of sqlglot's fixture
tests): ``fixtures/spider_result_pairs.txt`` compares results, ``fixtures/spider_query_pairs.txt``
runs queries on a small database; each case gives the verdict under the official reading and under
the strict one."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from slmsql.db.execute import QueryResult
from slmsql.evaluation.datasets import Example
from slmsql.evaluation.evaluator import judge_one
from slmsql.evaluation.metrics import OFFICIAL, STRICT, SpiderSemantics, rows_match, spider_ex
from slmsql.evaluation.spider_text import spider_sql

FIXTURES = Path(__file__).parent / "fixtures"
SEMANTICS = {"official": OFFICIAL, "strict": STRICT}

ITEMS = """
CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT, price REAL, kind TEXT);
INSERT INTO item VALUES (1, 'apple', 1.5, 'fruit'), (2, 'pear', 2.0, 'fruit'), (3, 'leek', 1.0, 'veg'),
                        (4, 'kiwi', 2.0, 'fruit');
"""


@dataclass(frozen=True)
class Case:
    name: str
    fields: dict[str, str]
    verdicts: dict[str, bool]  # semantics name -> match?


def read_cases(file: str) -> list[Case]:
    cases = []
    for block in (FIXTURES / file).read_text(encoding="utf-8").split("\n\n"):
        lines = [line for line in block.splitlines() if line.strip() and not line.startswith("#")]
        if not lines:
            continue
        fields = dict(line.split(": ", 1) for line in lines)
        verdicts = dict(item.split("=") for item in fields.pop("expect").split())
        assert set(verdicts.values()) <= {"match", "differ"}, block
        cases.append(Case(fields.pop("name"), fields, {k: v == "match" for k, v in verdicts.items()}))
    return cases


def verdict_params(file: str):
    return [
        pytest.param(case, semantics, id=f"{case.name} [{semantics}]")
        for case in read_cases(file)
        for semantics in case.verdicts
    ]


@pytest.mark.parametrize(("case", "semantics"), verdict_params("spider_result_pairs.txt"))
def test_result_pairs(case: Case, semantics: str):
    gold = QueryResult(sql="gold", rows=tuple(tuple(r) for r in json.loads(case.fields["gold"])))
    pred = QueryResult(sql="pred", rows=tuple(tuple(r) for r in json.loads(case.fields["pred"])))
    ordered = {"yes": True, "no": False}[case.fields["ordered"]]
    assert spider_ex(pred, gold, ordered=ordered, semantics=SEMANTICS[semantics]) is case.verdicts[semantics]


@pytest.fixture(scope="module")
def items_db(tmp_path_factory) -> Path:
    import sqlite3

    path = tmp_path_factory.mktemp("spider_pairs") / "items" / "items.sqlite"
    path.parent.mkdir()
    conn = sqlite3.connect(path)
    conn.executescript(ITEMS)
    conn.close()
    return path


@pytest.mark.parametrize(("case", "semantics"), verdict_params("spider_query_pairs.txt"))
def test_query_pairs(items_db: Path, case: Case, semantics: str):
    example = Example("q", "items", "?", "", case.fields["gold"], None, items_db)
    outcome = judge_one(example, "spider", case.fields["pred"], timeout_s=5, spider=SEMANTICS[semantics])
    assert outcome.status in ("correct", "wrong", "error"), outcome
    assert outcome.spider_ex is case.verdicts[semantics], outcome


def test_every_fixture_case_is_read():
    assert len(read_cases("spider_result_pairs.txt")) >= 14
    assert len(read_cases("spider_query_pairs.txt")) >= 16


@pytest.mark.parametrize(
    ("sql", "official"),
    [
        ("SELECT DISTINCT a FROM t", "SELECT  a FROM t"),
        ("select distinct(a), count( DISTINCT b) from t", "select (a), count(  b) from t"),
        ("SELECT a FROM t WHERE a IS DISTINCT FROM b", "SELECT a FROM t WHERE a IS DISTINCT FROM b"),
        (
            "SELECT \"distinct\", 'distinct' FROM t -- distinct",
            "SELECT \"distinct\", 'distinct' FROM t -- distinct",
        ),
        ("SELECT a FROM t WHERE a ! = 1 AND b < = 2", "SELECT a FROM t WHERE a != 1 AND b <= 2"),
        ("SELECT a FROM t WHERE a >  = 1", "SELECT a FROM t WHERE a >  = 1"),  # officially one space only
        ("SELECT 'x > = 1", "SELECT 'x >= 1"),  # not tokenizable: the official plain replacement
    ],
)
def test_query_text_rewriting(sql: str, official: str):
    assert spider_sql(sql, OFFICIAL) == official
    assert "DISTINCT" in spider_sql("SELECT DISTINCT a FROM t", STRICT)


def test_semantics_name_and_describe_themselves():
    assert OFFICIAL.name == "official" and STRICT.name == "strict"
    assert SpiderSemantics(permute_columns=False).name == "custom"
    assert "columns in any order" in OFFICIAL.describe() and "DISTINCT kept" in STRICT.describe()
    assert OFFICIAL.to_json()["remove_distinct"] is True


def test_permutation_search_on_wide_results_is_exact_and_quick():
    # 9 columns that all hold the same values (a cyclic Latin square): only the bag of whole rows
    # tells the permutations apart. The prediction is the gold columns in reversed order.
    n = 9
    gold = [tuple((i + j) % n for j in range(n)) for i in range(n)]
    reversed_columns = [row[::-1] for row in gold]
    assert rows_match(gold, reversed_columns, ordered=True, permute_columns=True)
    # Two values of the first column swapped between rows: every column keeps its bag of values,
    # but two rows now repeat a value, which no gold row does.
    broken = [list(row) for row in reversed_columns]
    broken[0][0], broken[1][0] = broken[1][0], broken[0][0]
    assert not rows_match(gold, [tuple(r) for r in broken], ordered=False, permute_columns=True)

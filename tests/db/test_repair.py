"""The column-table repair: a qualified column moved to the one table of its SELECT that has it."""

from __future__ import annotations

import sqlite3

import pytest

from slmsql.db.execute import ErrorClass, QueryResult
from slmsql.db.repair import repair_column_tables, repairs_for_failures
from slmsql.db.schema import Column, Schema, Table

SCHEMA = Schema(
    "concerts",
    (
        Table("singer", (Column("singer_id"), Column("Name"), Column("song_name"))),
        Table("singer_in_concert", (Column("singer_id"), Column("concert_id"))),
        Table("concert", (Column("concert_id"), Column("Year"), Column("name"))),
    ),
)
DDL = """
CREATE TABLE singer (singer_id INTEGER, Name TEXT, song_name TEXT);
CREATE TABLE singer_in_concert (singer_id INTEGER, concert_id INTEGER);
CREATE TABLE concert (concert_id INTEGER, Year INTEGER, name TEXT);
INSERT INTO singer VALUES (1, 'Joe', 'Hey Jude'), (2, 'Ann', 'Yellow');
INSERT INTO singer_in_concert VALUES (1, 10), (2, 11);
INSERT INTO concert VALUES (10, 2014, 'Spring'), (11, 2015, 'Autumn');
"""


def run(sql: str):
    conn = sqlite3.connect(":memory:")
    conn.executescript(DDL)
    return conn.execute(sql).fetchall()


def test_swapped_aliases_are_requalified_and_the_query_runs():
    sql = (
        "SELECT T2.Name FROM singer AS T1 JOIN singer_in_concert AS T2 ON T1.singer_id = T2.singer_id "
        "WHERE T2.song_name LIKE '%Hey%'"
    )
    with pytest.raises(sqlite3.OperationalError, match="no such column"):
        run(sql)
    repair = repair_column_tables(sql, SCHEMA)
    assert repair.changes == ("T2.Name -> T1.Name", "T2.song_name -> T1.song_name")
    assert run(repair.sql) == [("Joe",)]


def test_a_table_name_qualifier_is_requalified_case_insensitively():
    repair = repair_column_tables("SELECT SINGER.year FROM singer JOIN concert ON 1 = 1", SCHEMA)
    assert repair.changes == ("SINGER.year -> concert.year",)


@pytest.mark.parametrize(
    "sql",
    [
        # right already
        "SELECT T1.Name FROM singer AS T1 JOIN concert AS T2 ON 1 = 1",
        # name is in two tables of the SELECT: which one was meant is unknown
        "SELECT T2.name FROM singer AS T1 JOIN singer_in_concert AS T2 JOIN concert AS T3",
        # Year is in no table of the SELECT
        "SELECT T1.Year FROM singer AS T1 JOIN singer_in_concert AS T2 ON 1 = 1",
        # a correlated subquery's qualifier names the outer query's table: not this level's business
        "SELECT T1.Name FROM singer AS T1 WHERE EXISTS "
        "(SELECT 1 FROM singer_in_concert AS T2 WHERE T1.concert_id = 3)",
        # a derived table's columns are not checked
        "SELECT x.Year FROM (SELECT Name FROM singer) AS x JOIN concert AS c ON 1 = 1",
        "this is not SQL (((",
    ],
)
def test_uncertain_or_correct_queries_are_left_alone(sql):
    repair = repair_column_tables(sql, SCHEMA)
    assert not repair.changed and repair.sql == sql


def test_each_select_level_is_repaired_on_its_own():
    sql = (
        "SELECT T1.Name FROM singer AS T1 WHERE T1.singer_id IN "
        "(SELECT T3.singer_id FROM concert AS T3 JOIN singer_in_concert AS T4 "
        "ON T3.concert_id = T4.concert_id WHERE T4.Year = 2014)"
    )
    repair = repair_column_tables(sql, SCHEMA)
    assert repair.changes == ("T3.singer_id -> T4.singer_id", "T4.Year -> T3.Year")
    assert run(repair.sql) == [("Joe",)]


def test_only_queries_that_failed_with_no_such_column_are_offered_a_repair():
    swapped = "SELECT T1.Year FROM singer AS T1 JOIN concert AS T2 ON 1 = 1"
    no_column = QueryResult(swapped, error=ErrorClass.NO_SUCH_COLUMN, message="no such column: T1.Year")
    syntax = QueryResult(swapped, error=ErrorClass.SYNTAX, message="near x")
    hopeless = "SELECT T1.nothing FROM singer AS T1"
    repairs = repairs_for_failures(
        [swapped, swapped, hopeless, None],
        [no_column, syntax, QueryResult(hopeless, error=ErrorClass.NO_SUCH_COLUMN), None],
        SCHEMA,
    )
    assert list(repairs) == [0] and repairs[0].changes == ("T1.Year -> T2.Year",)

"""How result cells are shown to people (JSON output keeps exact values)."""

from __future__ import annotations

import pytest

from slmsql.commands.output import _cell, jsonable


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (4208.200000000001, "4208.2"),
        (0.1 + 0.2, "0.3"),
        (3.14159265358979, "3.14159265359"),
        (1e-20, "1e-20"),
        (12, "12"),
        (None, "NULL"),
        (b"\x00\x01", "<2 bytes>"),
        ("a;b", "a;b"),
    ],
)
def test_cells_for_people(value, shown):
    assert _cell(value) == shown


def test_json_keeps_the_exact_float():
    assert jsonable(4208.200000000001) == 4208.200000000001

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


def render(table) -> str:
    from rich.console import Console

    console = Console(width=200, record=True, markup=False, emoji=False, color_system=None)
    console.print(table)
    return console.export_text()


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("[/x]", "[/x]"),
        ("[link=http://e.example]click[/link]", "[link=http://e.example]click[/link]"),
        ("[bold red]x", "[bold red]x"),
        (":thumbs_up:", ":thumbs_up:"),
        ("\x1b[31mred\x1b[0m", "\\x1b[31mred\\x1b[0m"),
        ("a\nb\rc\td", "a\\nb\\rc\\td"),
        ("safe\u202etxt.exe", "safe\\u202etxt.exe"),
        ("\x07\x08\x7f\x85", "\\x07\\x08\\x7f\\x85"),
    ],
)
def test_values_print_as_text_never_as_markup_or_terminal_codes(value, shown):
    from slmsql.commands.output import result_table

    text = render(result_table([value], [(value,)]))
    assert text.count(shown) == 2  # header and cell
    assert "\x1b" not in text


def test_long_values_are_cut_and_say_so():
    from slmsql.commands.output import CELL_MAX_CHARS, _cell

    shown = _cell("x" * 10_000)
    assert shown.startswith("x" * CELL_MAX_CHARS) and shown.endswith("(10,000 characters)")


def test_json_is_always_valid_and_states_its_encodings(capsys):
    import json

    from slmsql.commands.output import JSON_MAX_CHARS, print_json

    print_json(
        {
            "rows": [
                [float("inf"), float("-inf"), float("nan"), b"\x00\xff", "x" * (JSON_MAX_CHARS + 5), "\x1b"],
            ],
            "extra": (1, b"", {"nested": float("nan")}),
        }
    )
    out = capsys.readouterr().out
    data = json.loads(out, parse_constant=lambda name: pytest.fail(f"{name} is not JSON"))
    row = data["rows"][0]
    assert row[:3] == [{"float": "Infinity"}, {"float": "-Infinity"}, {"float": "NaN"}]
    assert row[3] == {"base64": "AP8=", "bytes": 2}
    assert row[4] == {"text": "x" * JSON_MAX_CHARS, "chars": JSON_MAX_CHARS + 5, "truncated": True}
    assert row[5] == "\x1b" and "\\u001b" in out  # escaped by JSON itself
    assert data["extra"] == [1, {"base64": "", "bytes": 0}, {"nested": {"float": "NaN"}}]

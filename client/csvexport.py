"""Tables exported as CSV for spreadsheets, with cells a spreadsheet would run made text.

Names and texts come from the server, and a spreadsheet takes a cell starting with ``=``,
``+``, ``-`` or ``@`` (or a tab or carriage return before one) for a formula, which can
fetch from the network or start programs. Such a text cell gets a leading ``'``, which
spreadsheets show as text. Numbers stay numbers. Written as UTF-8 with a byte order mark,
so that Excel reads umlauts right.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    with path.open("w", newline="", encoding="utf-8-sig") as f:
        writer = csv.writer(f)
        writer.writerow([safe_cell(h) for h in header])
        writer.writerows([safe_cell(v) for v in row] for row in rows)

"""clean_name and clean_text: names from the server without bidi or control characters."""

from __future__ import annotations

import pytest

from client.text import BIDI_CONTROLS, clean_name, clean_text


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Anke de Vries", "Anke de Vries"),
        ("Jeugd & Gezin", "Jeugd & Gezin"),
        ("<b>x</b>", "<b>x</b>"),  # markup is the views' business, not the name's
        ("Protokoll\u202efdp.exe", "Protokollfdp.exe"),
        ("\u2067Anke\u2069", "Anke"),
        ("a\u202ab\u202bc\u202cd\u202de\u2066f\u2068g\u200eh\u200fi\u061cj", "abcdefghij"),
        ("Anke\nExternal partner", "Anke External partner"),
        ("Anke\r\n\tde Vries", "Anke de Vries"),
        ("Anke\u2028Vries", "Anke Vries"),
        ("Anke\x1b[31m rot", "Anke[31m rot"),
        ("Anke\x00\x07\x7f\x9b", "Anke"),
        ("  Anke\n", "Anke"),
        ("Zoë Müller-Lüdenscheidt", "Zoë Müller-Lüdenscheidt"),
        ("محمد", "محمد"),  # right-to-left text itself stays
        ("Anke\u00a0de\u00a0Vries", "Anke\u00a0de\u00a0Vries"),
    ],
)
def test_clean_name(raw: str, clean: str) -> None:
    assert clean_name(raw) == clean


def test_nothing_left_falls_back() -> None:
    assert clean_name("\u202e\u202c\n", "@anke:harderwijk.test") == "@anke:harderwijk.test"
    assert clean_name("", "x") == "x"


def test_every_bidi_control_and_c0_c1_control_goes() -> None:
    every = "".join(BIDI_CONTROLS) + "".join(map(chr, [*range(0x20), *range(0x7F, 0xA0)]))
    assert clean_name(f"a{every}b") == "a b"  # the line breaks among them became one space
    assert clean_text(f"a{every}b") == "a\t\n\n\n\n\n\n\n\nb"


def test_clean_text_keeps_lines_and_tabs() -> None:
    assert clean_text("Zeile 1\r\nZeile 2\rZeile\t3\u2029\u202eEnde") == (
        "Zeile 1\nZeile 2\nZeile\t3\nEnde"
    )
    assert clean_text("Offene Gruppe für alle") == "Offene Gruppe für alle"

"""safe_filename against a corpus of hostile names: whatever the server sends, the result
is one plain file inside the target folder that every platform accepts."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from client.filenames import MAX_BYTES, safe_filename

HOSTILE = [
    "../../etc/passwd",
    "..\\..\\Windows\\System32\\drivers\\etc\\hosts",
    "/etc/shadow",
    "C:\\Users\\Public\\evil.bat",
    "C:evil.bat",
    "\\\\server\\share\\x.doc",
    "\\\\?\\C:\\x",
    "..",
    ".",
    "...",
    "",
    "   ",
    "\t\n",
    ".bashrc",
    ".hidden.pdf",
    "CON",
    "con",
    "CON.txt",
    "con .txt",
    "Prn.tar.gz",
    "aux.",
    "NUL ",
    "COM1",
    "com9.jpg",
    "LPT1.log",
    "lpt9",
    "COM¹.txt",
    "CONIN$",
    "Rechnung\u202efdp.exe",
    "photo\u2066gpj\u2069.exe",
    "a\u200eb\u200fc.txt",
    "zero\u200bwidth\ufeff.txt",
    "null\x00byte.txt",
    "bell\x07and\x1bescape.txt",
    "del\x7f.txt",
    "line\u2028sep.txt",
    'quo"te<>|?*.txt',
    "colon:stream.txt:$DATA",
    "trailing dots...",
    "trailing spaces   ",
    "mixed . . .",
    "x" * 400 + ".pdf",
    "ä" * 300 + ".docx",
    "🙂" * 100 + ".png",
    "name." + "e" * 300,
    "a" * 199 + "🙂",
    "e\u0301te\u0301.txt",
    "../" * 50 + "deep.txt",
    "normal/../../../escape.txt",
]


def _reserved(name: str) -> bool:
    base = name.split(".")[0].rstrip(" ").upper()
    return bool(re.fullmatch(r"CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³]|CONIN\$|CONOUT\$", base))


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_names_become_one_plain_file_in_the_folder(name: str, tmp_path: Path) -> None:
    safe = safe_filename(name)
    assert safe and len(safe.encode("utf-8")) <= MAX_BYTES
    assert not set(safe) & set('/\\<>:"|?*')
    assert all(unicodedata.category(ch) not in {"Cc", "Cf", "Zl", "Zp"} for ch in safe)
    assert ".." not in safe and not safe.startswith(".")
    assert not safe.endswith((".", " "))
    assert not _reserved(safe)
    assert safe_filename(safe) == safe  # stable: exporting twice gives the same name
    target = tmp_path / safe
    target.write_bytes(b"x")
    assert target.resolve().parent == tmp_path.resolve()
    assert [p.name for p in tmp_path.iterdir()] == [safe]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Jahresplan 2024/25.xlsx", "Jahresplan 2024_25.xlsx"),
        ("Protokoll Sitzung 12.03.pdf", "Protokoll Sitzung 12.03.pdf"),
        ("../../etc/passwd", "etc_passwd"),
        ("CON.txt", "_CON.txt"),
        ("Rechnung\u202efdp.exe", "Rechnungfdp.exe"),  # the real extension shows
        ("", "document"),
        ("..", "document"),
        ("e\u0301te\u0301.txt", "\u00e9t\u00e9.txt"),
        ("a.txt. . .", "a.txt"),
        ("tab\there.txt", "tab here.txt"),
    ],
)
def test_ordinary_names_stay_readable(name: str, expected: str) -> None:
    assert safe_filename(name) == expected


def test_long_names_keep_their_extension() -> None:
    report = safe_filename("Bericht " * 100 + ".pdf")
    assert report.startswith("Bericht Bericht") and report.endswith("Beri.pdf")
    long = safe_filename("ä" * 300 + ".docx")
    assert long.endswith(".docx") and len(long.encode()) <= MAX_BYTES
    emoji = safe_filename("🙂" * 100 + ".png")
    assert emoji.endswith(".png") and emoji.startswith("🙂")  # cut on a character boundary

"""File names from the server made safe to create on Windows, macOS and Linux.

A document's name is whatever another user (or a hostile server) wrote into its state
event. Before it becomes a file on this computer (export to open it with the system's
application) it must not be able to leave the target folder, hit a device name, hide its
real extension behind bidirectional-text tricks, or be something the file system refuses.
"""

from __future__ import annotations

import re
import unicodedata

MAX_BYTES = 200
FALLBACK = "document"

# Windows refuses these as a name, with or without an extension ("CON.txt", "com1.tar.gz"),
# and in any letter case; superscript digits count too ("COM¹").
_RESERVED = re.compile(r"^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³]|CONIN\$|CONOUT\$)$", re.I)
# Characters no file system we ship to accepts, or that change a path's meaning.
_FORBIDDEN = set('<>:"/\\|?*')
# Bidirectional controls make "gpj.exe" display as "exe.jpg"; zero-width and other
# format characters (category Cf) hide parts of the name. All of them go.
_BIDI = set("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c")


def _clean_char(ch: str) -> str:
    if ch in "\t\n\r\v\f":
        return " "
    if ch in _FORBIDDEN:
        return "_"
    if ch in _BIDI:
        return ""
    category = unicodedata.category(ch)
    if category in {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}:
        return ""
    if category == "Zs":
        return " "  # no-break and other odd spaces become a plain one
    return ch


def _truncate_utf8(text: str, limit: int) -> str:
    encoded = text.encode("utf-8")
    if len(encoded) <= limit:
        return text
    # Cut on a character boundary, never in the middle of a multi-byte sequence.
    return encoded[:limit].decode("utf-8", errors="ignore")


def _split_extension(name: str) -> tuple[str, str]:
    stem, dot, ext = name.rpartition(".")
    # "a." has no extension; neither has a suffix too long or too odd to be one.
    if not dot or not stem or not ext or len(ext) > 16 or " " in ext:
        return name, ""
    return stem, "." + ext


def safe_filename(name: str, *, max_bytes: int = MAX_BYTES) -> str:
    """A file name that stays in its folder and that every platform accepts.

    Path separators and characters Windows forbids become ``_``; control, format and
    bidi-override characters go; no ``..``, no leading dot (no hidden file, no traversal),
    no trailing dots or spaces; a reserved Windows device name (with any extension) gets
    a ``_`` in front. The result is at most ``max_bytes`` bytes of UTF-8, keeping the
    extension, and never empty.
    """
    # NFC: the same name typed on macOS (decomposed) and elsewhere is the same file.
    name = unicodedata.normalize("NFC", name)
    cleaned = "".join(_clean_char(ch) for ch in name)
    cleaned = re.sub(r" +", " ", cleaned).strip(" ")
    if cleaned.startswith("."):
        # "../../etc/passwd" (now ".._.._etc_passwd") or a hidden file: what follows the
        # leading dots and separators is the name.
        cleaned = cleaned.lstrip(" ._")
    cleaned = re.sub(r"\.{2,}", ".", cleaned)
    # Windows drops trailing dots and spaces silently, so "a.txt." and "a.txt" collide.
    cleaned = cleaned.rstrip(" .")
    stem, ext = _split_extension(cleaned)
    if _RESERVED.match(stem.split(".")[0].rstrip(" ")):
        stem = "_" + stem
    ext = _truncate_utf8(ext, max_bytes // 4)
    stem = _truncate_utf8(stem, max_bytes - len(ext.encode("utf-8"))).rstrip(" .")
    return (stem or FALLBACK) + ext

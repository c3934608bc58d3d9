"""File names from the server made safe to create on Windows, macOS and Linux, and the
rule for what must never be handed to the system to open.

A document's name is whatever another user (or a hostile server) wrote into its state
event. Before it becomes a file on this computer (export to open it with the system's
application) it must not be able to leave the target folder, hit a device name, hide its
real extension behind bidirectional-text tricks, or be something the file system refuses.
And a file the system would run rather than open (a program, script, installer or shortcut)
is never opened: ``runs_code`` says which, from its name, its declared type and its first
bytes.
"""

from __future__ import annotations

import re
import struct
import unicodedata

from client.text import BIDI_CONTROLS

MAX_BYTES = 200
FALLBACK = "document"

# Windows refuses these as a name, with or without an extension ("CON.txt", "com1.tar.gz"),
# and in any letter case; superscript digits count too ("COM¹").
_RESERVED = re.compile(r"^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³]|CONIN\$|CONOUT\$)$", re.I)
# Characters no file system we ship to accepts, or that change a path's meaning.
_FORBIDDEN = set('<>:"/\\|?*')
# Bidirectional controls make "gpj.exe" display as "exe.jpg"; zero-width and other
# format characters (category Cf) hide parts of the name. All of them go.
_BIDI = BIDI_CONTROLS


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


# -- what runs code ----------------------------------------------------------------------

# Extensions the system runs, installs or follows rather than opens, on any platform we
# ship to; compared in lower case with the last extension of the name as it is saved.
RUNS_CODE_EXTENSIONS = frozenset(
    {
        # Windows: programs, installers, screen savers, control panel items, shortcuts
        "exe", "com", "scr", "pif", "cpl", "msi", "msp", "msix", "msixbundle", "appx",
        "appxbundle", "application", "appref-ms", "gadget", "lnk", "url", "scf", "inf",
        "reg", "msc", "settingcontent-ms",
        # Windows: scripts
        "bat", "cmd", "ps1", "psm1", "vbs", "vbe", "js", "jse", "wsf", "wsh", "wsc", "sct",
        "hta",
        # Java, Python
        "jar", "jnlp", "py", "pyw", "pyz",
        # Linux and macOS: scripts, launchers, packages
        "sh", "bash", "zsh", "csh", "ksh", "run", "desktop", "appimage", "deb", "rpm",
        "command", "tool", "pkg", "mpkg",
    }
)  # fmt: skip

# Types a server may declare for a program, with the extension the warning names.
RUNS_CODE_MIMETYPES = {
    "application/x-msdownload": ".exe",
    "application/x-msdos-program": ".exe",
    "application/x-ms-dos-executable": ".exe",
    "application/x-dosexec": ".exe",
    "application/vnd.microsoft.portable-executable": ".exe",
    "application/x-ms-installer": ".msi",
    "application/x-msi": ".msi",
    "application/x-ms-shortcut": ".lnk",
    "application/x-bat": ".bat",
    "application/bat": ".bat",
    "application/x-msdos-batch": ".bat",
    "text/vbscript": ".vbs",
    "application/x-vbscript": ".vbs",
    "application/hta": ".hta",
    "application/javascript": ".js",
    "application/x-javascript": ".js",
    "text/javascript": ".js",
    "application/java-archive": ".jar",
    "application/x-java-archive": ".jar",
    "application/x-java-jnlp-file": ".jnlp",
    "application/x-sh": ".sh",
    "application/x-shellscript": ".sh",
    "text/x-sh": ".sh",
    "text/x-shellscript": ".sh",
    "application/x-csh": ".csh",
    "text/x-python": ".py",
    "application/x-python": ".py",
    "application/x-desktop": ".desktop",
    "application/x-appimage": ".appimage",
    "application/vnd.appimage": ".appimage",
    "application/x-executable": "ELF",
    "application/x-elf": "ELF",
    "application/x-pie-executable": "ELF",
    "application/x-sharedlib": "ELF",
    "application/x-mach-binary": "Mach-O",
    "application/x-debian-package": ".deb",
    "application/vnd.debian.binary-package": ".deb",
    "application/x-rpm": ".rpm",
    "application/x-redhat-package-manager": ".rpm",
}

# How many leading bytes ``runs_code`` looks at.
HEAD_BYTES = 4096
_MACH_O = (b"\xfe\xed\xfa\xce", b"\xfe\xed\xfa\xcf", b"\xce\xfa\xed\xfe", b"\xcf\xfa\xed\xfe")


def runs_code(name: str, mimetype: str = "", head: bytes = b"") -> str | None:
    """What makes a file a program the system would run rather than open: its real
    extension (``".exe"``, also for ``Protokoll.pdf.exe`` and ``Protokoll\\u202efdp.exe``),
    or the kind its declared type or first bytes show (``".jar"``, ``"ELF"``, ``"#!"``);
    None for a document.

    The name is judged as it is saved (``safe_filename``): Windows drops trailing dots and
    spaces, and bidi controls are gone, so what is judged is what would run. ``mimetype``
    is the type the server declares, ``head`` the file's first bytes (``HEAD_BYTES``), when
    known: either is a second signal that a harmless name hides a program.
    """
    stem, dot, ext = safe_filename(name).rpartition(".")
    if dot and stem and ext.lower() in RUNS_CODE_EXTENSIONS:
        return "." + ext.lower()
    declared = RUNS_CODE_MIMETYPES.get(mimetype.split(";")[0].strip().lower())
    if declared is not None:
        return declared
    return _program_bytes(head)


def _program_bytes(head: bytes) -> str | None:
    if head.startswith(b"#!"):
        return "#!"
    if head.startswith(b"\x7fELF"):
        return "ELF"
    if head.startswith(_MACH_O):
        return "Mach-O"
    if head.startswith(b"MZ") and len(head) >= 64:
        # A Windows program: "MZ", and at the offset in its DOS header, "PE\0\0".
        (offset,) = struct.unpack_from("<I", head, 0x3C)
        if head[offset : offset + 4] == b"PE\0\0":
            return ".exe"
    if head.startswith(b"PK\x03\x04") and len(head) >= 30:
        # A Java archive starts with its manifest (what Java's own jar reader relies on);
        # office documents and other zips start with something else.
        (name_len,) = struct.unpack_from("<H", head, 26)
        if head[30 : 30 + name_len].startswith(b"META-INF/"):
            return ".jar"
    return None

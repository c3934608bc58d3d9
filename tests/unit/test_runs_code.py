"""runs_code: a document the system would run rather than open is recognised by its name as
it is saved, by the type the server declares, and by its first bytes."""

from __future__ import annotations

import io
import struct
import zipfile

import pytest

from client.filenames import HEAD_BYTES, RUNS_CODE_EXTENSIONS, runs_code


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("setup.exe", ".exe"),
        ("SETUP.EXE", ".exe"),
        ("Protokoll.pdf.exe", ".exe"),
        ("Protokoll\u202efdp.exe", ".exe"),  # shows as "Protokollexe.pdf" where bidi works
        ("Protokoll\u2067fdp.exe", ".exe"),
        ("Rechnung.exe.", ".exe"),  # Windows drops the trailing dot
        ("Rechnung.exe  ", ".exe"),
        ("Rechnung.exe\u200e", ".exe"),
        ("installer.msi", ".msi"),
        ("start.bat", ".bat"),
        ("start.Cmd", ".cmd"),
        ("command.com", ".com"),
        ("bildschirm.scr", ".scr"),
        ("script.ps1", ".ps1"),
        ("makro.vbs", ".vbs"),
        ("tool.js", ".js"),
        ("app.jar", ".jar"),
        ("Verknüpfung.lnk", ".lnk"),
        ("install.sh", ".sh"),
        ("treffpunkt.desktop", ".desktop"),
        ("Treffpunkt-x86_64.AppImage", ".appimage"),
        ("a.b.c.hta", ".hta"),
        ("link.settingcontent-ms", ".settingcontent-ms"),
    ],
)
def test_names_of_programs(name: str, kind: str) -> None:
    assert runs_code(name) == kind


@pytest.mark.parametrize(
    "name",
    [
        "Protokoll.pdf",
        "Protokoll.exe.pdf",
        "Bericht.docx",
        "exe",
        ".exe",  # a hidden file named "exe" once its leading dot goes: no extension
        "Liste.xlsx",
        "notes.txt",
        "archive.zip",
        "photo.jpeg",
        "Satzung.exe_",
        "c.exe::$DATA",  # saved as "c.exe__$DATA": nothing runs that
        "",
    ],
)
def test_names_of_documents(name: str) -> None:
    assert runs_code(name) is None


def test_the_list_holds_what_the_issue_names() -> None:
    named = "exe msi bat cmd com scr ps1 vbs js jar lnk sh desktop appimage".split()
    assert set(named) <= RUNS_CODE_EXTENSIONS


@pytest.mark.parametrize(
    ("mimetype", "kind"),
    [
        ("application/x-msdownload", ".exe"),
        ("Application/X-MSDownload; charset=binary", ".exe"),
        ("application/vnd.microsoft.portable-executable", ".exe"),
        ("application/x-sh", ".sh"),
        ("application/java-archive", ".jar"),
        ("application/x-executable", "ELF"),
    ],
)
def test_a_declared_program_type_under_a_harmless_name(mimetype: str, kind: str) -> None:
    assert runs_code("Bericht.pdf", mimetype) == kind


def test_harmless_types_are_documents() -> None:
    for mimetype in ("application/pdf", "text/plain", "application/zip", "", "nonsense"):
        assert runs_code("Bericht.pdf", mimetype) is None


def _pe() -> bytes:
    head = bytearray(b"MZ" + bytes(200))
    struct.pack_into("<I", head, 0x3C, 0x80)
    head[0x80:0x84] = b"PE\0\0"
    return bytes(head)


def _zip(first: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(first, "x")
        archive.writestr("other.txt", "y")
    return buffer.getvalue()[:HEAD_BYTES]


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"#!/bin/sh\nrm -rf ~\n", "#!"),
        (b"\x7fELF\x02\x01\x01" + bytes(60), "ELF"),
        (b"\xcf\xfa\xed\xfe" + bytes(60), "Mach-O"),
        (_pe(), ".exe"),
        (_zip("META-INF/MANIFEST.MF"), ".jar"),
    ],
)
def test_first_bytes_of_programs(head: bytes, kind: str) -> None:
    assert runs_code("Bericht.pdf", "application/pdf", head) == kind


@pytest.mark.parametrize(
    "head",
    [
        b"%PDF-1.7\n",
        b"MZ-Verkehrsplan: Ergebnisse der Sitzung" + bytes(40),  # text that starts with MZ
        b"MZ",
        _zip("[Content_Types].xml"),  # a Word document
        _zip("mimetype"),  # an OpenDocument
        b"PK\x03\x04",
        b"",
    ],
)
def test_first_bytes_of_documents(head: bytes) -> None:
    assert runs_code("Bericht.pdf", "application/pdf", head) is None

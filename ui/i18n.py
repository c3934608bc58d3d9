"""Translations: ``resources/i18n/treffpunkt_<lang>.ts`` sources, compiled ``.qm`` at run time.

The ``.ts`` files are the sources kept in git. A ``.qm`` is looked for next to them (where
a package puts it) and in ``build/i18n``; when there is none, or it is older than its source,
it is compiled there with ``lrelease`` from PySide6 (milliseconds). Qt's own strings
(standard buttons) come from the ``qtbase`` catalogue that PySide6 ships.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ui.icons import RESOURCES

log = logging.getLogger(__name__)

SOURCES = RESOURCES / "i18n"
BUILD = RESOURCES.parent / "build" / "i18n"
LANGUAGES = ("de", "nl", "en")


def system_language() -> str:
    for name in QLocale.system().uiLanguages():
        code = name.split("-")[0].split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def _lrelease() -> str | None:
    import shutil

    import PySide6

    bundled = Path(PySide6.__file__).parent / "lrelease"
    if bundled.exists():
        return str(bundled)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compile_catalogue(language: str, out_dir: Path = BUILD) -> Path | None:
    """The ``.qm`` of ``language``, compiled from its ``.ts`` if missing or stale."""
    source = SOURCES / f"treffpunkt_{language}.ts"
    for candidate in (
        SOURCES / f"treffpunkt_{language}.qm",
        out_dir / source.with_suffix(".qm").name,
    ):
        if candidate.exists() and (
            not source.exists() or candidate.stat().st_mtime >= source.stat().st_mtime
        ):
            return candidate
    if not source.exists():
        return None
    tool = _lrelease()
    if tool is None:
        log.warning("no lrelease: the interface stays in English")
        return None
    import subprocess  # compiling happens once per changed catalogue, not on every start

    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / source.with_suffix(".qm").name
    result = subprocess.run(
        [tool, "-silent", str(source), "-qm", str(target)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0 or not target.exists():
        log.warning("lrelease failed for %s: %s", source.name, result.stderr.strip())
        return None
    return target


def install(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Install the translators of ``language`` (or the system's); returns them (keep them)."""
    language = language or system_language()
    QLocale.setDefault(QLocale(language))
    installed: list[QTranslator] = []
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language != "en" and qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    path = compile_catalogue(language)
    if path is not None:
        ours = QTranslator(app)
        if ours.load(str(path)):
            app.installTranslator(ours)
            installed.append(ours)
    return installed


def switch(
    app: QCoreApplication, current: list[QTranslator], language: str | None
) -> list[QTranslator]:
    """Replace the installed translators by those of ``language`` (None: the system's)."""
    for translator in current:
        app.removeTranslator(translator)
    return install(app, language)

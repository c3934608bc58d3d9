"""Times as people read them: relative ("5 min ago") with the exact time for the tooltip.

Replica times are naive UTC; they are shown in local time, formatted by the user's locale.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from client.clock import utcnow

if TYPE_CHECKING:
    from PySide6.QtCore import QDateTime


def to_local(moment: datetime) -> QDateTime:
    # Imported here: the window's first paint shows no time, and Qt builds a type's
    # bindings (and its enums) when it is first imported.
    from PySide6.QtCore import QDateTime, QTimeZone

    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    qdt = QDateTime.fromSecsSinceEpoch(int(aware.timestamp()), QTimeZone.utc())
    return qdt.toLocalTime()


def exact(moment: datetime, locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    local = to_local(moment)
    # The long date and the short time: the long time format adds the zone's full name.
    day = locale.toString(local.date(), QLocale.FormatType.LongFormat)
    return f"{day}, {locale.toString(local.time(), QLocale.FormatType.ShortFormat)}"


def relative(moment: datetime, now: datetime | None = None, locale: QLocale | None = None) -> str:
    """'just now', '5 min ago', '3 h ago', 'yesterday', a weekday, then the date."""
    locale = locale or QLocale()
    now = now or utcnow()
    seconds = (now - moment.replace(tzinfo=None)).total_seconds()
    if seconds < 60:
        return QCoreApplication.translate("Time", "just now")
    minutes = int(seconds // 60)
    if minutes < 60:
        return QCoreApplication.translate("Time", "%n min ago", None, minutes)
    hours = minutes // 60
    if hours < 24:
        return QCoreApplication.translate("Time", "%n h ago", None, hours)
    local = to_local(moment)
    days = local.date().daysTo(to_local(now).date())
    if days == 1:
        return QCoreApplication.translate("Time", "yesterday, %1").replace(
            "%1", locale.toString(local.time(), QLocale.FormatType.ShortFormat)
        )
    if days < 7:
        return locale.dayName(local.date().dayOfWeek(), QLocale.FormatType.LongFormat)
    return locale.toString(local.date(), QLocale.FormatType.ShortFormat)

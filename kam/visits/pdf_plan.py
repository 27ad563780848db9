"""The printed visit plan for a period (``kam visits plan``): the visits by month, with
date, time, account, layer, who goes, whom they meet and why; filtered by person and
layer, laid out in the shared page frame."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date
from itertools import groupby
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.units import mm

from kam.domain.enums import VisitStatus
from kam.i18n import _, label, language
from kam.reports.document import PageMarks, build_pdf, para, styles, table
from kam.store import Database
from kam.visits.queries import VisitRow, list_visits
from kam.visits.rules import LAYERS

COLUMNS_MM = (20, 11, 30, 16, 24, 32, 41)
WEEKDAYS_ZH = "一二三四五六日"
WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _weekday(day: date, lang: str | None) -> str:
    zh = (lang or language()) == "zh_CN"
    return f"周{WEEKDAYS_ZH[day.weekday()]}" if zh else WEEKDAYS_EN[day.weekday()]


def _time(row: VisitRow, lang: str | None) -> str:
    if row.start_time is None:
        return ""
    text = row.start_time.strftime("%H:%M")
    if row.duration_min:
        text += "\n" + _("{n} min", lang).format(n=row.duration_min)
    return text


def _status(row: VisitRow, lang: str | None) -> str:
    text = label(row.status, lang, kind=VisitStatus)
    if row.status == "cancelled" and row.cancel_reason:
        text += f":{row.cancel_reason}"
    return text


def plan_story(
    rows: Sequence[VisitRow],
    start: date,
    end: date,
    *,
    layer: str | None = None,
    owner: str | None = None,
    lang: str | None = None,
) -> list[Any]:
    st = styles()
    title = _("Visit plan", lang)
    story: list[Any] = [para(title, st["title"])]
    scope = [_("{start} to {end}", lang).format(start=start.isoformat(), end=end.isoformat())]
    scope.append(_("Person: {name}", lang).format(name=owner) if owner else _("Everyone", lang))
    scope.append(label(layer, lang) if layer else _("All layers", lang))
    story.append(para(" · ".join(scope), st["body"]))
    counts = Counter(r.layer for r in rows)
    summary = _(", ", lang).join(
        f"{label(layer_key, lang)} {counts.get(layer_key, 0)}"
        for layer_key in LAYERS
        if not layer or layer_key == layer
    )
    story.append(
        para(_("{n} visits: {summary}", lang).format(n=len(rows), summary=summary), st["muted"])
    )
    if not rows:
        story.append(para(_("No visits in this period.", lang), st["body"]))
        return story
    headers = [
        _("Date", lang),
        _("Time", lang),
        _("Account", lang),
        _("Layer", lang),
        _("Our people", lang),
        _("Customer's people", lang),
        _("Purpose", lang),
    ]
    widths = [w * mm for w in COLUMNS_MM]
    for (year, month), group in groupby(
        rows, key=lambda r: (r.planned_on.year, r.planned_on.month)
    ):
        story.append(para(_("{year}-{month:02d}", lang).format(year=year, month=month), st["h2"]))
        lines = []
        for r in group:
            purpose = r.purpose
            if r.status != "planned":
                purpose = f"[{_status(r, lang)}] {purpose}"
            lines.append(
                [
                    f"{r.planned_on.isoformat()}\n{_weekday(r.planned_on, lang)}",
                    _time(r, lang),
                    r.account_name,
                    label(r.layer, lang),
                    r.our_side,
                    r.their_side,
                    purpose,
                ]
            )
        story.append(table(headers, lines, widths))
    return story


def write_visit_plan(
    db: Database,
    target: str | Path | BinaryIO,
    *,
    start: date,
    end: date,
    layer: str | None = None,
    owner: str | None = None,
    include_cancelled: bool = False,
    lang: str | None = None,
    printed_on: date | None = None,
) -> int:
    """Prints the visits of ``start``..``end`` (optionally of one person and one layer).

    Cancelled visits are left out unless asked for. Returns how many visits it lists.
    """
    rows = list_visits(db, start=start, end=end, layer=layer or None, staff=owner or None)
    if not include_cancelled:
        rows = [r for r in rows if r.status != "cancelled"]
    subject = _("Visit plan {start} – {end}", lang).format(
        start=start.isoformat(), end=end.isoformat()
    )
    marks = PageMarks(
        subject=subject, title=owner or "", lang=lang, printed_on=printed_on or date.today()
    )
    build_pdf(target, plan_story(rows, start, end, layer=layer, owner=owner, lang=lang), marks)
    return len(rows)

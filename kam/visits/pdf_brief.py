"""The one-page visit brief (拜访简报) taken into a meeting: the account in five lines,
the people to meet with their roles, attitude and personal notes, what the last visits
on every layer achieved, open follow-ups, arrears and open quality issues.

Each brief is shrunk to fit its page, so a long history never spills onto a second one.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepInFrame, PageBreak

from kam.business.arrears import BUCKETS
from kam.domain.enums import VisitStatus
from kam.health.opportunity_catalogue import kind_label
from kam.i18n import _, label
from kam.reports.document import MARGIN, PageMarks, build_pdf, content_width, para, styles, table
from kam.reports.units import wan
from kam.store import Database
from kam.visits.brief import VisitBrief, visit_brief
from kam.visits.rules import LAYERS

CLIP = 160  # characters of a long text kept on a one-page brief


def _clip(text: str, n: int = CLIP) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _header(b: VisitBrief, lang: str | None) -> list[Any]:
    st = styles()
    v = b.visit
    when = v.planned_on.isoformat()
    if v.start_time is not None:
        when += " " + v.start_time.strftime("%H:%M")
        if v.duration_min:
            when += _(" ({n} min)", lang).format(n=v.duration_min)
    out = [
        para(_("Visit brief: {account}", lang).format(account=v.account_name), st["title"]),
        para(
            f"{label(v.layer, lang)} · {when} · {label(v.status, lang, kind=VisitStatus)}", st["h2"]
        ),
        para(_("Our people: {names}", lang).format(names=v.our_side or "—"), st["body"]),
        para(_("Purpose: {text}", lang).format(text=v.purpose or "—"), st["body"]),
    ]
    if b.agenda:
        out.append(para(_("Agenda: {text}", lang).format(text=_clip(b.agenda, 300)), st["body"]))
    return out


def _account(b: VisitBrief, lang: str | None) -> list[Any]:
    st = styles()
    a = b.account
    grade = a.grade or _("unrated", lang)
    key = _("key account", lang) if a.key_account else ""
    lines = [
        f"{a.name}({a.code})· {_('grade', lang)} {grade} {key}".strip(),
        " · ".join(t for t in (a.industry, a.region, a.address) if t) or "—",
        _("Output: {text}", lang).format(text=a.annual_output or "—"),
        _("Stage: {stage} · {kind} · account manager {owner}", lang).format(
            stage=label(a.stage, lang), kind=label(a.relationship_type, lang), owner=a.owner or "—"
        ),
        _("Terms: {terms} · {status}", lang).format(
            terms=a.payment_terms or "—", status=_clip(a.business_status, 80) or "—"
        ),
    ]
    return [para(_("The account", lang), st["h1"])] + [para(t, st["body"]) for t in lines]


def _people(b: VisitBrief, lang: str | None) -> list[Any]:
    st = styles()
    out: list[Any] = [para(_("People to meet", lang), st["h1"])]
    if not b.people:
        return [*out, para(_("No contacts recorded.", lang), st["muted"])]
    rows = [
        [
            p.name + ("" if p.linked else " *"),
            " ".join(t for t in (p.department, p.title) if t),
            label(p.decision_role, lang),
            label(p.attitude, lang),
            _clip(p.personal, 120),
        ]
        for p in b.people
    ]
    out.append(
        table(
            [
                _("Contact name", lang),
                _("Post", lang),
                _("Role", lang),
                _("Attitude", lang),
                _("Personal notes", lang),
            ],
            rows,
            [22 * mm, 34 * mm, 18 * mm, 14 * mm, content_width() - 88 * mm],
        )
    )
    if any(not p.linked for p in b.people):
        out.append(
            para(_("* not named on the visit: a key person of the account", lang), st["small"])
        )
    return out


def _last_visits(b: VisitBrief, lang: str | None) -> list[Any]:
    st = styles()
    rows = []
    for layer in LAYERS:
        for v in b.last_visits.get(layer, ()):
            rows.append(
                [
                    label(layer, lang),
                    v.planned_on.isoformat(),
                    v.our_side,
                    _clip(v.outcome or _("(no outcome recorded)", lang), 140),
                ]
            )
        if not b.last_visits.get(layer):
            rows.append([label(layer, lang), "—", "", _("no visit yet", lang)])
    return [
        para(_("Last visits on every layer", lang), st["h1"]),
        table(
            [_("Layer", lang), _("Date", lang), _("Our people", lang), _("Outcome", lang)],
            rows,
            [18 * mm, 20 * mm, 26 * mm, content_width() - 64 * mm],
        ),
    ]


def _follow_ups(b: VisitBrief, lang: str | None) -> list[Any]:
    st = styles()
    out: list[Any] = [para(_("Open follow-ups", lang), st["h1"])]
    if not b.follow_ups:
        return [*out, para(_("None open.", lang), st["muted"])]
    rows = []
    for f in b.follow_ups:
        due = f.due_on.isoformat()
        if f.overdue(b.today):
            due += " " + _("overdue {n} d", lang).format(n=f.days_overdue(b.today))
        rows.append([_clip(f.description, 120), f.owner or "—", due])
    out.append(
        table(
            [_("Action", lang), _("Owner", lang), _("Due", lang)],
            rows,
            [content_width() - 62 * mm, 22 * mm, 40 * mm],
        )
    )
    return out


def _opportunities(b: VisitBrief, lang: str | None) -> list[Any]:
    st = styles()
    out: list[Any] = [para(_("Open sales opportunities", lang), st["h1"])]
    if not b.opportunities:
        return [*out, para(_("None open.", lang), st["muted"])]
    rows = []
    for o in b.opportunities:
        due = o.due_on.isoformat() if o.due_on else "—"
        if o.due_on and o.due_on < b.today:
            due += " " + _("overdue {n} d", lang).format(n=(b.today - o.due_on).days)
        rows.append(
            [
                kind_label(o.kind, lang),
                _clip(o.description, 100) or "—",
                _clip(o.next_step, 100) or "—",
                o.owner or "—",
                due,
            ]
        )
    text_w = (content_width() - 92 * mm) / 2
    out.append(
        table(
            [
                _("Opportunity", lang),
                _("Description", lang),
                _("Next step", lang),
                _("Owner", lang),
                _("Due", lang),
            ],
            rows,
            [30 * mm, text_w, text_w, 22 * mm, 40 * mm],
        )
    )
    return out


def _money_and_quality(b: VisitBrief, lang: str | None) -> list[Any]:
    st = styles()
    out: list[Any] = [para(_("Arrears and quality issues", lang), st["h1"])]
    if b.arrears_total is None:
        out.append(para(_("Nothing owed.", lang), st["body"]))
    else:
        buckets = _("; ", lang).join(
            _("{bucket} days past due", lang).format(bucket=k)
            + _(": ", lang)
            + wan(b.arrears_ageing.get(k, 0.0))
            for k in BUCKETS
            if b.arrears_ageing.get(k)
        )
        out.append(
            para(
                _("Owed: {total} 10k CNY ({buckets})", lang).format(
                    total=wan(b.arrears_total), buckets=buckets
                ),
                st["body"],
            )
        )
    if not b.issues:
        out.append(para(_("No open quality issues or complaints.", lang), st["body"]))
    else:
        rows = [
            [
                _("Quality", lang) if i.kind == "quality" else _("Complaint", lang),
                i.reported_on.isoformat(),
                _clip(i.description, 140),
                wan(i.loss_amount) if i.loss_amount else "",
            ]
            for i in b.issues
        ]
        out.append(
            table(
                [
                    _("Kind", lang),
                    _("Date", lang),
                    _("Description", lang),
                    _("Loss (10k CNY)", lang),
                ],
                rows,
                [16 * mm, 20 * mm, content_width() - 58 * mm, 22 * mm],
            )
        )
    return out


def brief_story(briefs: Sequence[VisitBrief], lang: str | None = None) -> list[Any]:
    story: list[Any] = []
    frame_h = A4[1] - 2 * MARGIN - 6 * mm
    for n, b in enumerate(briefs):
        content = (
            _header(b, lang)
            + _account(b, lang)
            + _people(b, lang)
            + _last_visits(b, lang)
            + _follow_ups(b, lang)
            + _opportunities(b, lang)
            + _money_and_quality(b, lang)
        )
        story.append(KeepInFrame(content_width(), frame_h, content, mode="shrink"))
        if n < len(briefs) - 1:
            story.append(PageBreak())
    return story


def write_visit_briefs(
    db: Database,
    target: str | Path | BinaryIO,
    visit_ids: Sequence[int],
    *,
    lang: str | None = None,
    today: date | None = None,
) -> int:
    """Prints one brief page per visit; returns the number of pages."""
    today = today or date.today()
    briefs = [visit_brief(db, vid, today) for vid in visit_ids]
    subject = (
        _("Visit brief: {account}", lang).format(account=briefs[0].visit.account_name)
        if len(briefs) == 1
        else _("Visit briefs", lang)
    )
    build_pdf(
        target, brief_story(briefs, lang), PageMarks(subject=subject, lang=lang, printed_on=today)
    )
    return len(briefs)

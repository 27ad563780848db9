"""The review meeting pack (``kam rating report``): cover and summary, key-account list
with movements, the ranking with every criterion, the measures, pyramid and Pareto
charts, the scheme's definition, and the decisions and overrides."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer

from kam.i18n import _
from kam.rating import service as rating
from kam.rating.analysis_queries import RunAnalysis, analyse_run
from kam.rating.format import (
    change_arrow,
    change_text,
    points_text,
    total_text,
    unit_of,
    value_text,
)
from kam.rating.pdf_charts import layer_label, pareto_drawing, pyramid_drawing
from kam.rating.scheme import Criterion, Scheme, measure_label
from kam.reports.document import PageMarks, build_pdf, content_width, para, styles, table
from kam.reports.units import WAN, unit_wan, wan, year_label
from kam.store import Database

# Landscape: the ranking carries every criterion's points and value side by side.
PAGE = landscape(A4)


def _status_text(run: rating.RunInfo) -> str:
    if run.status == "final" and run.finalised_at is not None:
        return _("Finalised on {date} by {who}").format(
            date=run.finalised_at.date().isoformat(), who=run.finalised_by
        )
    if run.status == "superseded":
        return _("Finalised, later superseded by a re-run")
    return _("Draft for discussion (not finalised)")


def figures_as_of(run: rating.RunInfo) -> date:
    """The day a run's figures run to: the day it was computed, or its year's end."""
    return min(run.created_at.date(), date(run.year, 12, 31))


def period_label(run: rating.RunInfo) -> str:
    """The run's year, labelled as a part year when it was computed before the year ended
    (the profile's ``year_label``: "2026 截至 11-20")."""
    return year_label(run.year, figures_as_of(run))


def _part_year_note(run: rating.RunInfo, st: dict[str, Any]) -> list[Any]:
    """One line saying the figures are of a year not over yet; nothing for a whole year."""
    period = period_label(run)
    if period == str(run.year):
        return []
    return [
        para(
            _(
                "Part year: the figures are {period}; the year is not over, so volumes, "
                "revenue and collection are not yet those of a whole year."
            ).format(period=period),
            st["muted"],
        )
    ]


def _cover(
    run: rating.RunInfo,
    scheme: Scheme,
    rows: list[rating.ResultRow],
    analysis: RunAnalysis,
    st: dict[str, Any],
) -> list[Any]:
    changes = Counter(r.change for r in rows)
    key = [r for r in rows if r.key_account]
    story: list[Any] = [
        Spacer(1, 30 * mm),
        para(_("{year} annual key-account rating").format(year=run.year), st["title"]),
        para(_("Review meeting pack"), st["h1"]),
        para(scheme.name, st["body"]),
        para(_status_text(run), st["muted"]),
        *_part_year_note(run, st),
        Spacer(1, 8 * mm),
        para(_("Summary"), st["h1"]),
    ]
    facts = [
        [_("Accounts rated"), str(len(rows))],
        [
            _("Accounts that bought ({period})").format(period=period_label(run)),
            str(analysis.buying_accounts),
        ],
        [
            _("Key accounts (grade {g} or better)").format(g=scheme.key_account_min_grade),
            str(len(key)),
        ],
        [_("New in the key-account list or first rated"), str(changes.get("new", 0))],
        [_("Dropped out of the key-account list"), str(changes.get("dropped", 0))],
        [
            _("Grade up / down / same"),
            f"{changes.get('up', 0)} / {changes.get('down', 0)} / {changes.get('same', 0)}",
        ],
        [_("Grades A / B / C / D"), " / ".join(str(analysis.grades[g]) for g in "ABCD")],
        [_("Share of volume from the top 20 % of buyers"), f"{analysis.top20_volume_share:.1f} %"],
        [
            _("Share of revenue from the top 20 % of buyers"),
            f"{analysis.top20_revenue_share:.1f} %",
        ],
        [_("Accounts giving 80 % of the volume"), str(analysis.accounts_for_80pct_volume)],
        [
            _("Decisions recorded / overrides"),
            f"{sum(1 for r in rows if r.decision)} / "
            f"{sum(1 for r in rows if r.decision == 'overridden')}",
        ],
    ]
    width = content_width(PAGE)
    story.append(table([_("Figure"), _("Value")], facts, [width * 0.65, width * 0.35]))
    return story


def _key_list(rows: list[rating.ResultRow], st: dict[str, Any]) -> list[Any]:
    width = content_width(PAGE)
    key = [r for r in rows if r.key_account]
    dropped = [r for r in rows if r.change == "dropped"]
    headers = [_("Rank"), _("Code"), _("Name"), _("Total"), _("Grade"), _("Last year"), _("Change")]
    widths = [w * width for w in (0.07, 0.11, 0.40, 0.09, 0.09, 0.1, 0.14)]

    def line(r: rating.ResultRow) -> list[str]:
        grade = r.grade + ("*" if r.decision == "overridden" else "")
        return [
            str(r.rank),
            r.code,
            r.name,
            total_text(r.total),
            grade,
            r.previous_grade or "—",
            f"{change_arrow(r.change)} {change_text(r.change)}",
        ]

    story: list[Any] = [
        para(_("Key-account list"), st["h1"]),
        table(headers, [line(r) for r in key], widths),
    ]
    story.append(para(_("Dropped out of the key-account list"), st["h2"]))
    if dropped:
        story.append(table(headers, [line(r) for r in dropped], widths))
    else:
        story.append(para(_("None."), st["body"]))
    story.append(para(_("* grade set by the meeting (see Decisions and overrides)."), st["muted"]))
    return story


def _ranking(
    run: rating.RunInfo, rows: list[rating.ResultRow], scheme: Scheme, st: dict[str, Any]
) -> list[Any]:
    width = content_width(PAGE)
    small = st["tiny"]
    n = len(scheme.criteria)
    fixed = [9 * mm, 14 * mm]
    rest = [12 * mm, 10 * mm, 9 * mm, 14 * mm]
    name_w = 48 * mm
    crit_w = (width - sum(fixed) - sum(rest) - name_w) / max(n, 1)
    headers = [
        _("Rank"),
        _("Code"),
        _("Name"),
        *(
            _("{title} (weight {w}, {unit})").format(
                title=c.title, w=points_text(c.weight), unit=pack_unit(c.measure)
            )
            if pack_unit(c.measure)
            else _("{title} (weight {w})").format(title=c.title, w=points_text(c.weight))
            for c in scheme.criteria
        ),
        _("Total"),
        _("Grade"),
        _("Key"),
        _("Change"),
    ]

    def cell(r: rating.ResultRow, measure: str) -> Any:
        if measure in r.missing:
            return para("—", small)
        # One paragraph, two lines: document.table() wraps anything but a flowable.
        value = escape(pack_value(measure, r.values.get(measure)))
        return Paragraph(
            f'{points_text(r.points[measure])}<br/><font size="6.5" color="#666666">{value}</font>',
            small,
        )

    data = [
        [
            str(r.rank),
            r.code,
            r.name,
            *(cell(r, c.measure) for c in scheme.criteria),
            total_text(r.total),
            r.grade + ("*" if r.decision == "overridden" else ""),
            "●" if r.key_account else "",
            change_text(r.change),
        ]
        for r in rows
    ]
    return [
        para(_("Ranking: points per criterion"), st["h1"]),
        para(
            _(
                "Each criterion: its points 0–100 above, the year's value below; — means "
                "no data (0 points). Weights in brackets."
            ),
            st["muted"],
        ),
        *_part_year_note(run, st),
        table(headers, data, [*fixed, name_w, *([crit_w] * n), *rest], style=small),
    ]


def pack_value(measure: str, value: float | None) -> str:
    """A criterion's value on paper: revenue in 万元, like every money figure printed."""
    if measure == "revenue" and value is not None:
        return wan(value)
    return value_text(measure, value)


def _charts(run: rating.RunInfo, analysis: RunAnalysis, st: dict[str, Any]) -> list[Any]:
    width = content_width(PAGE)
    rows = [
        [
            layer_label(layer.layer),
            str(layer.accounts),
            wan(layer.revenue),
            f"{layer.revenue_share:.1f} %",
            f"{layer.volume:,.1f}",
            f"{layer.volume_share:.1f} %",
        ]
        for layer in analysis.pyramid
    ]
    return [
        para(_("Value pyramid (by revenue)"), st["h1"]),
        *_part_year_note(run, st),
        pyramid_drawing(analysis.pyramid, width * 0.7),
        table(
            [
                _("Layer"),
                _("Accounts"),
                _("Revenue (10k CNY)"),
                _("Share"),
                _("Volume (t)"),
                _("Share"),
            ],
            rows,
            [width * w for w in (0.3, 0.1, 0.18, 0.12, 0.18, 0.12)],
        ),
        KeepTogether(
            [
                para(_("Pareto curve"), st["h1"]),
                para(
                    _(
                        "The top 20 % of buyers gave {v:.1f} % of the volume and {r:.1f} % of the "
                        "revenue."
                    ).format(v=analysis.top20_volume_share, r=analysis.top20_revenue_share),
                    st["body"],
                ),
                pareto_drawing(analysis.pareto_volume, analysis.pareto_revenue, width),
            ]
        ),
    ]


def pack_unit(measure: str) -> str:
    """A criterion's unit on paper (revenue in 万元, like every money figure printed)."""
    if measure == "revenue":
        return unit_wan()
    unit = unit_of(measure)
    return _("tonnes") if unit == "t" else unit


def criterion_name(measure: str) -> str:
    """The measure's name with its unit, e.g. 合同量（t）: never the key contract_volume."""
    unit = pack_unit(measure)
    name = measure_label(measure)
    return _("{name} ({unit})").format(name=name, unit=unit) if unit else name


def describe_criterion(criterion: Criterion) -> str:
    """The scoring rule of a criterion in words, one band per line, in the printed unit."""
    unit = pack_unit(criterion.measure)
    scale = 1 / WAN if criterion.measure == "revenue" else 1.0
    suffix = f" {unit}" if unit else ""
    if criterion.linear is not None:
        lin = criterion.linear
        return _(
            "linear: 0 points at {zero}, 100 points at {full}{unit}, straight in between"
        ).format(zero=_bound(lin.zero_at * scale), full=_bound(lin.full_at * scale), unit=suffix)
    lines = []
    for band in criterion.bands:
        if band.min is not None:
            cond = _("at least {bound}").format(bound=_bound(band.min * scale) + suffix)
        elif band.max is not None:
            cond = _("at most {bound}").format(bound=_bound(band.max * scale) + suffix)
        else:
            cond = _("any other value")
        lines.append(
            _("{cond}: {points} points").format(cond=cond, points=points_text(band.points))
        )
    return "\n".join(lines)


def _bound(value: float) -> str:
    value = round(value, 4)
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


def _scheme(scheme: Scheme, st: dict[str, Any]) -> list[Any]:
    width = content_width(PAGE)
    g = scheme.grades
    rows = [
        [c.title, criterion_name(c.measure), points_text(c.weight), describe_criterion(c)]
        for c in scheme.criteria
    ]
    return [
        para(_("The rating scheme"), st["h1"]),
        para(scheme.name, st["body"]),
        para(
            _(
                "Total = Σ(weight × points) ÷ Σ(weight), rounded half-up to one decimal. "
                "Grade A from {a}, B from {b}, C from {c}, below that D. Key accounts: grade "
                "{k} or better. A measure without data scores 0 points."
            ).format(
                a=points_text(g["A"]),
                b=points_text(g["B"]),
                c=points_text(g["C"]),
                k=scheme.key_account_min_grade,
            ),
            st["body"],
        ),
        Spacer(1, 3 * mm),
        table(
            [_("Criterion"), _("Criterion and unit"), _("Weight"), _("Scoring")],
            rows,
            [width * w for w in (0.18, 0.22, 0.1, 0.5)],
        ),
    ]


def _decisions(rows: list[rating.ResultRow], st: dict[str, Any]) -> list[Any]:
    width = content_width(PAGE)
    decided = [r for r in rows if r.decision]
    story: list[Any] = [para(_("Decisions and overrides"), st["h1"])]
    if not decided:
        return [
            *story,
            para(_("No decisions recorded: every account keeps its computed grade."), st["body"]),
        ]
    data = [
        [
            r.code,
            r.name,
            r.computed_grade,
            r.grade,
            _("Override") if r.decision == "overridden" else _("Accepted"),
            r.reason,
            r.decided_by,
            r.decided_at.date().isoformat() if r.decided_at else "",
        ]
        for r in decided
    ]
    return [
        *story,
        table(
            [
                _("Code"),
                _("Name"),
                _("Computed"),
                _("Final"),
                _("Decision"),
                _("Reason"),
                _("Decided by"),
                _("Date"),
            ],
            data,
            [width * w for w in (0.09, 0.2, 0.08, 0.07, 0.09, 0.25, 0.11, 0.11)],
        ),
    ]


def rating_pack_story(db: Database, run_id: int) -> tuple[list[Any], PageMarks]:
    runs = {r.id: r for r in rating.list_runs(db)}
    run = runs[run_id]
    scheme, _text = rating.run_scheme(db, run_id)
    rows = rating.results(db, run_id)
    analysis = analyse_run(db, run_id)
    st = styles()
    st["tiny"] = st["small"].clone("tiny", fontSize=7, leading=9)
    story: list[Any] = []
    story += _cover(run, scheme, rows, analysis, st)
    story += [PageBreak(), *_key_list(rows, st)]
    story += [PageBreak(), *_ranking(run, rows, scheme, st)]
    story += [PageBreak(), *_charts(run, analysis, st)]
    story += [PageBreak(), *_scheme(scheme, st), *_decisions(rows, st)]
    marks = PageMarks(
        subject=_("{year} annual rating review").format(year=run.year), title=_status_text(run)
    )
    return story, marks


def write_rating_pack(db: Database, run_id: int, target: str | Path | BinaryIO) -> None:
    """Writes the meeting pack of run ``run_id`` as a PDF."""
    story, marks = rating_pack_story(db, run_id)
    build_pdf(target, story, marks, pagesize=PAGE)

"""The profile's sections, one function each, from a :class:`ProfileData` snapshot.

Every section prints a line saying what is missing rather than an empty table, so a
reader knows the dossier has a gap rather than suspecting a printing fault.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import groupby

from reportlab.platypus import Flowable, Spacer

from kam.accounts.people import ContactData
from kam.business.arrears import BUCKETS
from kam.domain.enums import Layer, LineStatus, VisitStatus
from kam.health.opportunity_catalogue import kind_label, status_label
from kam.profile.data import ProfileData, VisitLine
from kam.profile.decision_map import decision_map
from kam.profile.format import DASH, Writer, as_heading, day, money, number, pct
from kam.reports.charts import bar_chart, line_chart, pie_chart
from kam.reports.document import para
from kam.reports.units import unit_wan, wan, wan_axis, year_label

Section = Callable[[Writer, ProfileData], list[Flowable]]


def facts(w: Writer, d: ProfileData) -> list[Flowable]:
    a = d.account
    table = w.facts(
        [
            (w.t("Industry"), a.industry),
            (w.t("Region"), a.region),
            (w.t("Address"), a.address),
            (w.t("Ownership"), a.ownership),
            (w.t("Founded"), str(a.founded) if a.founded else ""),
            (w.t("Employees"), number(a.employees, 0) if a.employees else ""),
            (w.t("Assets (10k yuan)"), number(a.assets) if a.assets is not None else ""),
            (w.t("Annual output"), a.annual_output),
            (w.t("Service area"), a.service_area),
            (w.t("Relationship type"), w.label(a.relationship_type)),
            (w.t("Customer class"), w.label(a.lifecycle)),
            (w.t("Payment terms"), a.payment_terms),
            (
                w.t("Credit limit (10k yuan)"),
                number(a.credit_limit) if a.credit_limit is not None else "",
            ),
            (w.t("Credit rating"), a.credit_rating),
        ]
    )
    out: list[Flowable] = [table] if table else []
    out += w.notes(w.t("Business status"), a.business_status)
    out += w.notes(w.t("Credit notes"), a.credit_notes)
    out += w.notes(w.t("Notes"), a.notes)
    # Relationship type and customer class always have a value (their defaults), so
    # they alone do not count as facts someone recorded.
    recorded = [
        a.industry,
        a.region,
        a.address,
        a.ownership,
        a.founded,
        a.employees,
        a.assets,
        a.annual_output,
        a.service_area,
        a.payment_terms,
        a.credit_limit,
        a.credit_rating,
        a.business_status,
        a.credit_notes,
        a.notes,
    ]
    if not any(v not in ("", None) for v in recorded):
        out.append(w.empty(w.t("No company facts recorded beyond the name.")))
    return out


def products(w: Writer, d: ProfileData) -> list[Flowable]:
    out: list[Flowable] = [w.subheading(w.t("Product structure"))]
    if d.products:
        out += w.table(
            [w.t("Product"), w.t("Share"), w.t("Volume"), w.t("Notes")],
            [[p.product, pct(p.share_pct), p.volume, p.notes] for p in d.products],
            [0.3, 0.1, 0.18, 0.42],
            long_text=True,
        )
    else:
        out.append(w.empty(w.t("No product structure recorded.")))
    out.append(w.subheading(w.t("Production lines")))
    if d.production_lines:
        out += w.table(
            [
                w.t("Line"),
                w.t("Type"),
                w.t("Capacity"),
                w.t("Status"),
                w.t("Our product"),
                w.t("Competitors' products"),
                w.t("Notes"),
            ],
            [
                [
                    p.name,
                    p.line_type,
                    p.capacity,
                    w.label(p.status, LineStatus),
                    p.our_product or DASH,
                    p.competitor or DASH,
                    p.notes,
                ]
                for p in d.production_lines
            ],
            [0.15, 0.11, 0.11, 0.08, 0.17, 0.17, 0.21],
            long_text=True,
        )
    else:
        out.append(w.empty(w.t("No production lines recorded.")))
    return out


def plans(w: Writer, d: ProfileData) -> list[Flowable]:
    if not d.plans:
        return [w.empty(w.t("No development plans recorded."))]
    return w.table(
        [w.t("Plan"), w.t("Horizon"), w.t("Opportunity for us"), w.t("Notes")],
        [[p.item, p.horizon, p.opportunity, p.notes] for p in d.plans],
        [0.25, 0.12, 0.38, 0.25],
        long_text=True,
    )


def opportunities(w: Writer, d: ProfileData) -> list[Flowable]:
    if not d.opportunities:
        return [w.empty(w.t("No sales opportunities recorded."))]
    rows = []
    for o in d.opportunities:
        status = status_label(o.status, w.lang)
        if o.closed_on:
            status += f" {day(o.closed_on)}"
        due = day(o.due_on) if o.due_on else DASH
        if o.due_on and o.closed_on is None and o.due_on < d.as_of:
            due += " " + w.t("(overdue)")
        rows.append(
            [
                day(o.noted_on),
                kind_label(o.kind, w.lang),
                o.description or DASH,
                status,
                o.next_step or DASH,
                due,
                o.owner or DASH,
            ]
        )
    return w.table(
        [
            w.t("Noted"),
            w.t("Opportunity"),
            w.t("Description"),
            w.t("Stage"),
            w.t("Next step"),
            w.t("Due"),
            w.t("Our owner"),
        ],
        rows,
        [0.1, 0.14, 0.24, 0.11, 0.21, 0.1, 0.1],
        long_text=True,
    )


def competitors(w: Writer, d: ProfileData) -> list[Flowable]:
    if not d.shares:
        return [w.empty(w.t("No competitor shares recorded."))]
    latest = max(s.year for s in d.shares)
    current = sorted((s for s in d.shares if s.year == latest), key=lambda s: -s.share_pct)
    names = [s.supplier + (w.t(" (us)") if s.is_us else "") for s in current]
    values = [s.share_pct for s in current]
    rest = 100.0 - sum(values)
    if rest > 0.05:
        names.append(w.t("Others / unknown"))
        values.append(rest)
    ours = next((i for i, s in enumerate(current) if s.is_us), None)
    chart = pie_chart(
        names,
        values,
        width=w.width,
        height=150,
        title=w.t("Shares of the customer's purchases, {year}", year=latest),
        value_format=pct,
        highlight=ours,
    )
    table = w.table(
        [w.t("Year"), w.t("Supplier"), w.t("Share"), w.t("Strengths"), w.t("Weaknesses")],
        [
            [
                str(s.year),
                s.supplier + (w.t(" (us)") if s.is_us else ""),
                pct(s.share_pct),
                s.strengths,
                s.weaknesses,
            ]
            for s in d.shares
        ],
        [0.08, 0.22, 0.1, 0.3, 0.3],
        long_text=True,
    )
    return [chart, Spacer(1, 4), *table]


def _person_line(p: ContactData, people: dict[int | None, ContactData]) -> str:
    boss = people.get(p.reports_to_id) if p.reports_to_id else None
    return boss.name if boss else DASH


def people(w: Writer, d: ProfileData) -> list[Flowable]:
    if not d.people:
        return [w.empty(w.t("No contacts recorded: the decision makers are not known yet."))]
    by_id = {p.id: p for p in d.people}
    out: list[Flowable] = [w.subheading(w.t("Decision map"))]
    out += decision_map(d.people, w.width, 620, w.lang, legend=para_legend(w))
    out.append(w.subheading(w.t("People and decision roles")))
    out += w.table(
        [
            w.t("Full name"),
            w.t("Department / title"),
            w.t("Decision role"),
            w.t("Attitude"),
            w.t("Reports to"),
            w.t("Our owner"),
            w.t("Phone"),
            w.t("Status"),
        ],
        [
            [
                p.name + (" ★" if p.rising_star else ""),
                " / ".join(x for x in (p.department, p.title) if x),
                w.label(p.decision_role) or DASH,
                w.label(p.attitude),
                _person_line(p, by_id),
                p.owner or DASH,
                p.phone,
                w.label(p.status),
            ]
            for p in d.people
        ],
        [0.12, 0.2, 0.11, 0.08, 0.11, 0.11, 0.15, 0.12],
    )
    return out


def para_legend(w: Writer) -> Flowable:
    return w.empty(
        w.t(
            "Frame green: supporter; grey: neutral; red: opponent; heavy frame: "
            "decision maker; dashed: changed post; ★ rising star"
        )
    )


PERSONAL_FIELDS = (
    ("Birthday", "birthday"),
    ("Education", "education"),
    ("Career", "career"),
    ("Family", "family"),
    ("Hobbies", "hobbies"),
    ("Habits", "habits"),
    ("Taboos", "taboos"),
    ("Notes", "notes"),
)


def personal(w: Writer, d: ProfileData) -> list[Flowable]:
    out: list[Flowable] = []
    for p in d.people:
        values = [
            (w.t(title), day(p.birthday) if name == "birthday" else getattr(p, name))
            for title, name in PERSONAL_FIELDS
        ]
        table = w.facts(values, columns=1)
        if table is None:
            continue
        title = " · ".join(x for x in (p.name, p.title or p.department) if x)
        out += [w.subheading(title), table]
    return out or [w.empty(w.t("No personal notes recorded for anyone."))]


def business(w: Writer, d: ProfileData) -> list[Flowable]:
    years = d.years
    if not any(y.contracts or y.paid or y.quality_loss for y in years):
        return [
            w.empty(
                w.t("No contracts, payments or quality losses in the last {n} years.", n=len(years))
            )
        ]
    rows = [
        [
            year_label(y.year, d.as_of, w.lang),
            number(y.volume),
            wan(y.revenue),
            money(y.measure("unit_price")),
            wan(y.paid),
            pct(y.measure("collection_rate")),
            pct(y.measure("profit_margin")),
            wan(y.quality_loss),
            pct(y.measure("quality_loss_rate")),
        ]
        for y in years
    ]
    table = w.table(
        [
            w.t("Year"),
            w.t("Volume (t)"),
            w.t("Revenue (10k CNY)"),
            w.t("Unit price (CNY/t)"),
            w.t("Collected (10k CNY)"),
            w.t("Collection rate"),
            w.t("Margin"),
            w.t("Quality loss (10k CNY)"),
            w.t("Quality loss rate"),
        ],
        rows,
        [0.1, 0.1, 0.12, 0.11, 0.12, 0.1, 0.09, 0.13, 0.13],
    )
    labels = [year_label(y.year, d.as_of, w.lang, sep="\n") for y in years]
    half = (w.width - 10) / 2
    no_data = w.t("No data")
    bars = bar_chart(
        labels,
        [(w.t("Revenue"), [y.revenue or None for y in years])],
        width=half,
        height=170,
        title=w.t("Revenue (10k CNY)"),
        value_format=wan_axis,
        unit=unit_wan(w.lang),
        empty=no_data,
    )
    lines = line_chart(
        labels,
        [
            (w.t("Collection rate"), [y.measure("collection_rate") for y in years]),
            (w.t("Margin"), [y.measure("profit_margin") for y in years]),
            (w.t("Quality loss rate"), [y.measure("quality_loss_rate") for y in years]),
        ],
        width=half,
        height=170,
        title=w.t("Rates (%)"),
        value_format=lambda v: f"{v:.0f}",
        unit="%",
        empty=no_data,
    )
    charts = w.side_by_side(bars, lines)
    volume_note = w.empty(
        w.t(
            "Volume in the contracts' units (mostly t); money in 10k CNY; "
            "rates as defined for the annual rating; the current year up "
            "to the print date."
        )
    )
    return [*table, volume_note, Spacer(1, 4), charts]


def rating(w: Writer, d: ProfileData) -> list[Flowable]:
    if not d.ratings:
        current = d.account.grade or w.t("not rated")
        return [w.empty(w.t("No rating history yet; current grade: {grade}.", grade=current))]
    rows = []
    for r in d.ratings:
        grade = r.grade or DASH
        if r.computed_grade and r.computed_grade != r.grade:
            grade += " " + w.t("(computed {grade})", grade=r.computed_grade)
        rows.append(
            [
                str(r.year),
                grade,
                number(r.total),
                str(r.rank) if r.rank else DASH,
                w.yes_no(r.key_account),
                w.t(CHANGES.get(r.change, "")) or DASH,
            ]
        )
    return w.table(
        [w.t("Year"), w.t("Grade"), w.t("Total"), w.t("Rank"), w.t("Key account"), w.t("Change")],
        rows,
        [0.12, 0.22, 0.14, 0.12, 0.16, 0.24],
    )


CHANGES = {
    "new": "new on the list",
    "dropped": "dropped",
    "up": "up",
    "down": "down",
    "same": "unchanged",
}


def _layer_summary(w: Writer, d: ProfileData) -> list[Flowable]:
    rows = []
    for layer in Layer:
        done = [
            v
            for v in d.recent_visits
            if v.layer == layer.value and v.status == VisitStatus.DONE.value
        ]
        ahead = [v for v in d.planned_visits if v.layer == layer.value]
        rows.append(
            [
                w.label(layer.value),
                str(len(done)),
                day(max((v.planned_on for v in done), default=None)),
                day(min((v.planned_on for v in ahead if v.planned_on >= d.as_of), default=None)),
                str(len(ahead)),
            ]
        )
    return w.table(
        [
            w.t("Layer"),
            w.t("Done in the last 12 months"),
            w.t("Last visit"),
            w.t("Next planned"),
            w.t("Planned"),
        ],
        rows,
        [0.2, 0.22, 0.2, 0.2, 0.18],
    )


def _visit_rows(
    w: Writer, visits: list[VisitLine], d: ProfileData, *, done: bool
) -> list[list[str]]:
    rows = []
    for v in visits:
        status = w.label(v.status, VisitStatus)
        if not done and v.planned_on < d.as_of:
            status = w.t("Overdue")
        rows.append(
            [day(v.planned_on), status, v.our_people, v.counterparts, v.purpose]
            + ([v.outcome] if done else [])
        )
    return rows


def visits(w: Writer, d: ProfileData) -> list[Flowable]:
    out: list[Flowable] = _layer_summary(w, d)
    for title, items, done in (
        (w.t("Visits of the last 12 months"), d.recent_visits, True),
        (w.t("Planned visits"), d.planned_visits, False),
    ):
        out.append(w.subheading(title))
        if not items:
            out.append(w.empty(w.t("None.")))
            continue
        order = [layer.value for layer in Layer]
        ranked = sorted(
            items, key=lambda v: (order.index(v.layer) if v.layer in order else 9, v.planned_on)
        )
        for layer, group in groupby(ranked, key=lambda v: v.layer):
            out.append(para_layer(w, layer))
            headers = [
                w.t("Date"),
                w.t("Status"),
                w.t("Our people"),
                w.t("Their people"),
                w.t("Purpose"),
            ] + ([w.t("Outcome")] if done else [])
            widths = [0.11, 0.08, 0.14, 0.15, 0.24, 0.28] if done else [0.11, 0.08, 0.18, 0.2, 0.43]
            out += w.table(
                headers, _visit_rows(w, list(group), d, done=done), widths, long_text=True
            )
    return out


def para_layer(w: Writer, layer: str) -> Flowable:
    # A layer label is a heading of its table: never alone at a page foot.
    return as_heading(para(w.label(layer), w.s["label"]))


def open_items(w: Writer, d: ProfileData) -> list[Flowable]:
    out: list[Flowable] = [w.subheading(w.t("Open follow-ups"))]
    if d.follow_ups:
        out += w.table(
            [w.t("Due"), w.t("Action"), w.t("Owner")],
            [
                [
                    day(f.due_on) + (" " + w.t("(overdue)") if f.overdue else ""),
                    f.description,
                    f.owner or DASH,
                ]
                for f in d.follow_ups
            ],
            [0.18, 0.64, 0.18],
            long_text=True,
        )
    else:
        out.append(w.empty(w.t("No open follow-ups.")))
    out.append(w.subheading(w.t("Arrears")))
    if d.arrears:
        ageing = d.arrears_ageing
        out += w.table(
            [w.t("Total open (10k CNY)")]
            + [w.t("{bucket} days past due", bucket=b) for b in BUCKETS],
            [[wan(sum(ageing.values()))] + [wan(ageing[b]) for b in BUCKETS]],
            [0.2] * 5,
        )
        out.append(Spacer(1, 4))
        out += w.table(
            [
                w.t("Contract"),
                w.t("Signed"),
                w.t("Due"),
                w.t("Amount (10k CNY)"),
                w.t("Open (10k CNY)"),
                w.t("Days past due"),
                w.t("Expected payment"),
                w.t("Promise"),
            ],
            [
                [
                    a.contract_no,
                    day(a.signed_on),
                    day(a.due_on),
                    wan(a.amount),
                    wan(a.open_amount),
                    str(a.age_days),
                    day(a.expected_payment_on),
                    a.promise_notes,
                ]
                for a in d.arrears
            ],
            [0.13, 0.11, 0.11, 0.11, 0.11, 0.08, 0.12, 0.23],
            long_text=True,
        )
    else:
        out.append(w.empty(w.t("Nothing is owed.")))
    out.append(w.subheading(w.t("Open quality issues and complaints")))
    if d.issues:
        out += w.table(
            [
                w.t("Reported"),
                w.t("Kind"),
                w.t("Description"),
                w.t("Loss (10k CNY)"),
                w.t("Status"),
            ],
            [
                [
                    day(i.reported_on),
                    w.t("Quality objection")
                    if i.kind == "quality"
                    else w.t("Complaint")
                    + (w.t(" ({cause})", cause=w.label(i.cause)) if i.cause else ""),
                    i.description,
                    wan(i.loss_amount),
                    w.label(i.status),
                ]
                for i in d.issues
            ],
            [0.12, 0.16, 0.48, 0.12, 0.12],
            long_text=True,
        )
    else:
        out.append(w.empty(w.t("No open quality issues or complaints.")))
    return out


SECTIONS: dict[str, tuple[str, Section]] = {
    "facts": ("Company facts and scale", facts),
    "products": ("Product structure and production lines", products),
    "plans": ("Development plans and opportunities", plans),
    "opportunities": ("Sales opportunities", opportunities),
    "competitors": ("Competitor shares", competitors),
    "people": ("People and decision map", people),
    "personal": ("Personal notes of key people", personal),
    "business": ("Five-year business figures", business),
    "rating": ("Rating history", rating),
    "visits": ("Visits on the three layers", visits),
    "open_items": ("Open follow-ups, arrears and quality issues", open_items),
}

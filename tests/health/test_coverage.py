"""Coverage of the customer's departments (docs/domain.md, Coverage)."""

from __future__ import annotations

from datetime import date

from kam.health.coverage import Person, build_coverage, department_of


def person(
    pid: int,
    department: str,
    *,
    attitude: str = "neutral",
    owner: str = "",
    layer: str = "",
    role: str = "",
    status: str = "active",
    star: bool = False,
    last: date | None = None,
) -> Person:
    return Person(pid, f"P{pid}", department, "", role, attitude, status, star, owner, layer, last)


def test_department_names_map_to_canonical_departments() -> None:
    assert department_of("采购部") == "purchasing"
    assert department_of("供应处") == "purchasing"
    assert department_of("设备处") == "equipment"
    assert department_of("热轧厂轧辊车间") == "equipment"
    assert department_of("总经理办公室") == "leadership"
    assert department_of("财务部") == "finance"
    assert department_of("Quality Dept.") == "quality"
    assert department_of("工会") == "other"
    assert department_of("") == "unknown"
    assert department_of(None) == "unknown"


def test_matrix_counts_owners_per_layer_attitudes_and_last_contact() -> None:
    cov = build_coverage(
        [
            person(
                1,
                "采购部",
                attitude="supporter",
                owner="王强",
                layer="business",
                last=date(2025, 3, 1),
            ),
            person(2, "采购部", owner="王强", layer="business", last=date(2025, 5, 1)),
            person(3, "采购部", attitude="opponent", owner="李工", layer="technical"),
            person(4, "技术处", attitude="neutral"),
            person(5, "", attitude="supporter"),
        ]
    )
    rows = {r.key: r for r in cov.rows}
    purchasing = rows["purchasing"]
    assert (
        purchasing.contacts,
        purchasing.supporters,
        purchasing.neutral,
        purchasing.opponents,
    ) == (3, 1, 1, 1)
    assert purchasing.layers["business"].owners == (("王强", 2),)
    assert purchasing.layers["technical"].owners == (("李工", 1),)
    assert purchasing.last_contact == date(2025, 5, 1)
    assert purchasing.flags() == []
    technical = rows["technical"]
    assert technical.single_threaded and technical.no_supporter and technical.unowned == 1
    assert rows["finance"].not_covered
    assert rows["unknown"].contacts == 1
    assert "other" not in rows
    assert cov.key_covered == 2 and cov.key_total == 5


def test_decision_makers_without_owner_rising_stars_and_departed() -> None:
    cov = build_coverage(
        [
            person(1, "总经理室", role="decision_maker"),
            person(2, "采购部", role="decision_maker", owner="王强", layer="business"),
            person(3, "技术处", star=True),
            person(4, "采购部", role="decision_maker", status="left"),
        ]
    )
    assert [p.id for p in cov.unowned_decision_makers] == [1]
    assert [p.id for p in cov.rising_stars] == [3]
    assert [p.id for p in cov.departed] == [4]
    assert {r.key: r.contacts for r in cov.rows}["purchasing"] == 1

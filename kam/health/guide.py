"""What to aim for and how to work in each stage (docs/domain.md), as users read it beside
the account's stage. English here; Chinese in :mod:`kam.health.zh`."""

from __future__ import annotations

from dataclasses import dataclass

from kam.domain.enums import Stage
from kam.i18n import _


@dataclass(frozen=True)
class StageGuide:
    stage: str
    share: str
    aim: str
    tactics: tuple[str, ...]


_GUIDES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    Stage.DEVELOPMENT.value: (
        "0 % — not yet a supplier",
        "Turn the prospect into a customer: find the entry point and the key person.",
        (
            "Wait for the right opening: a new product, the annual supplier evaluation, a "
            "change of people, quality or service problems or a strained relationship with "
            "the current supplier, cost-down pressure.",
            "Find the key people: win a coach inside, learn the organisation chart and who "
            "does what, know who weighs most in the purchase, and stay on good terms with "
            "everyone who influences it.",
            "Build trust and offer value, to the organisation and to the people in it.",
            "Make a technical breakthrough: show the value through demonstrations, technical "
            "exchanges and site visits, and help shape the customer's purchasing standards "
            "in our favour.",
        ),
    ),
    Stage.INITIAL.value: (
        "below 50 % — a secondary supplier",
        "Grow from a secondary supplier into the main supplier.",
        (
            "Weave a relationship net: move from one salesperson and one buyer to contacts "
            "on every layer and in every department, so that no single departure puts the "
            "account at risk.",
            "Raise the customer's expectations: better service than the current supplier, "
            "a more competitive product or solution, needs the current supplier cannot meet.",
            "Make chances to succeed: watch for the eight opportunities and create them — "
            "shift the internal balance, let the using departments voice the incumbent's "
            "problems, create new needs.",
        ),
    ),
    Stage.STABLE.value: (
        "50–80 % — the main supplier",
        "Keep the largest share and become the long-term supplier: staying is a pleasure, "
        "leaving is painful.",
        (
            "Sell at the top: regular high-level mutual visits, so the relationship does not "
            "rest on middle management.",
            "Keep communication open: a counterpart for the account, a fixed rhythm of "
            "meetings, open channels between the leaders.",
            "Make the customer happy to stay: tailored service, strong technical support, "
            "better terms, advanced solutions.",
            "Make leaving costly: differentiated products, technical barriers and year-end "
            "rebates raise the cost of switching; brand, reputation and scale raise its risk.",
        ),
    ),
    Stage.STRATEGIC.value: (
        "80–100 % — the strategic supplier",
        "Lock the partnership in: strategic complement, mutual lock-in, coordination at the top.",
        (
            "Strategic complement: combine both companies' resources and capabilities into "
            "a joint strength.",
            "Mutual lock-in: capital ties, joint ventures, shared gains.",
            "Coordination at the top: a standing rhythm of high-level visits and team "
            "selling; joint work on new products and quality improvement.",
            "Stay watchful: even strategic relationships regress (cost pressure can force an "
            "open tender), so keep watching for warning signs and keep moving forward.",
        ),
    ),
}


def guide(stage: str) -> StageGuide:
    """The stage's aim and tactics in the current language."""
    share, aim, tactics = _GUIDES[stage]
    return StageGuide(stage, _(share), _(aim), tuple(_(t) for t in tactics))


def english_sources() -> list[str]:
    """Every source string of the guide (the catalogue test checks each has Chinese)."""
    out: list[str] = []
    for share, aim, tactics in _GUIDES.values():
        out += [share, aim, *tactics]
    return out

"""Maintains the Qt translations of one UI area (``ui/<area>``).

    python scripts/translations.py update AREA   # lupdate ui/AREA → AREA_zh_CN.ts, then lrelease
    python scripts/translations.py fill AREA     # also fills from resources/translations/AREA_zh_CN.tsv

The TSV holds ``context<TAB>English source<TAB>Chinese`` lines (context may be ``*`` to
match any); it is the easy place for a developer to write translations, the .ts file is
what Qt Linguist opens, and the .qm is what the app loads (every ``*_<lang>.qm`` in
resources/translations). English is the source language and needs no file.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "translations"
LANG = "zh_CN"


def _tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else (shutil.which(name) or name)


def update(area: str) -> Path:
    sources = sorted(str(p) for p in (ROOT / "ui" / area).rglob("*.py"))
    if (ROOT / "ui" / f"{area}.py").exists():
        sources.append(str(ROOT / "ui" / f"{area}.py"))
    ts = OUT / f"{area}_{LANG}.ts"
    subprocess.run(
        [_tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    return ts


def fill(area: str, ts: Path) -> int:
    tsv = OUT / f"{area}_{LANG}.tsv"
    table: dict[tuple[str, str], str] = {}
    if tsv.exists():
        for line in tsv.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                context, source, target = line.split("\t")[:3]
                table[(context, source.replace("\\n", "\n"))] = target.replace("\\n", "\n")
    tree = ET.parse(ts)
    missing = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name", "")
        for message in ctx.iter("message"):
            source = message.findtext("source", "")
            target = table.get((name, source)) or table.get(("*", source))
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if target:
                translation.text = target
                translation.attrib.pop("type", None)
            elif not translation.text:
                missing += 1
                print(f"untranslated: {name}\t{source}")
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def release(ts: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
        check=True,
        capture_output=True,
    )


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("update", "fill"):
        print(__doc__)
        return 2
    command, area = argv
    ts = update(area)
    missing = fill(area, ts) if command == "fill" else 0
    release(ts)
    print(f"{ts.relative_to(ROOT)}: {missing} untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

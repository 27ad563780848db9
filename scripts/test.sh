#!/usr/bin/env bash
# Installs what is missing, then runs the whole test suite offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
export QT_QPA_PLATFORM=offscreen
export KAM_REQUIRE_POSTGRES=1  # bootstrap installed it: the team-server tests must run
.venv/bin/ruff check .
.venv/bin/ruff format --check .  # the whole tree is ruff-formatted; run `ruff format .`
.venv/bin/python -m mypy  # kam/ and ui/, configured in pyproject.toml
exec .venv/bin/python -m pytest -q "$@"

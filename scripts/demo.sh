#!/usr/bin/env bash
# Installs what is missing, creates the demo database (once) and opens the app on it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
DB=${KAM_DB:-$PWD/demo.sqlite3}
[ -s "$DB" ] || .venv/bin/kam --db "$DB" init --demo
exec .venv/bin/kam --db "$DB" gui

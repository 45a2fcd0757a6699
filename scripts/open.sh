#!/usr/bin/env bash
# Installs the series at the locked versions (requirements.txt: requirements.lock and bpkit with
# its extras; into .venv unless a virtual environment is active) and opens it in JupyterLab.
#   bash scripts/open.sh        at the English edition's index, notebooks/00_index.ipynb
#   bash scripts/open.sh ko     at the Korean edition's (한국어판), notebooks/ko/00_index.ipynb;
#                               JupyterLab's own menus: Settings > Language > 한국어 (once; kept)
# Other arguments go to jupyter lab.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${VIRTUAL_ENV:-}" ]; then
  [ -d .venv ] || python3 -m venv .venv
  # shellcheck disable=SC1091
  . .venv/bin/activate
fi
python -m pip install -q --upgrade pip
python -m pip install -q -r requirements.txt
index=notebooks/00_index.ipynb
if [ "${1:-}" = ko ]; then
  index=notebooks/ko/00_index.ipynb
  shift
fi
args=()
[ "$(id -u)" = 0 ] && args+=(--allow-root)  # JupyterLab refuses root without it (containers)
exec jupyter lab "${args[@]}" "$index" "$@"

#!/usr/bin/env bash
# Installs the series at the locked versions (requirements.txt: requirements.lock and bpkit with
# its extras; into .venv unless a virtual environment is active) and opens it in JupyterLab.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${VIRTUAL_ENV:-}" ]; then
  [ -d .venv ] || python3 -m venv .venv
  # shellcheck disable=SC1091
  . .venv/bin/activate
fi
python -m pip install -q --upgrade pip
python -m pip install -q -r requirements.txt
args=()
[ "$(id -u)" = 0 ] && args+=(--allow-root)  # JupyterLab refuses root without it (containers)
exec jupyter lab "${args[@]}" notebooks/00_index.ipynb "$@"

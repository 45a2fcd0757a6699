#!/usr/bin/env bash
# Runs every test: pytest on tests/ and strict nbval on every notebook (see pyproject.toml).
# Installs what it needs first: the Python requirements (into .venv unless a virtual
# environment is active) and Debian's chromium for the real-browser test.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${VIRTUAL_ENV:-}" ]; then
  [ -d .venv ] || python3 -m venv .venv
  # shellcheck disable=SC1091
  . .venv/bin/activate
fi
python -m pip install -q --upgrade pip
python -m pip install -q -r requirements.txt
if [ ! -x /usr/bin/chromium ]; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq chromium >/dev/null
fi
python -m pytest "$@"

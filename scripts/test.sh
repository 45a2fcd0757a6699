#!/usr/bin/env bash
# The full run: what the README's test command and CI (.ci/run) run.
#   1. install: the exact versions of requirements.lock (those the stored notebook outputs were
#      made with) and bpkit with its notebooks and test extras, via requirements.txt (into .venv
#      unless a virtual environment is active); Debian's chromium, Korean fonts and a JDK;
#   2. ruff check .  (rules in pyproject.toml); any error stops the run;
#   3. pytest -m "" --nbval: every test of every tier: unit and property tests, strict nbval on
#      every notebook of both editions, notebooks/*.ipynb and notebooks/ko/*.ipynb (stored
#      outputs, tests/nbval_sanitize.cfg, this environment's kernel: see addopts and testpaths
#      in pyproject.toml), the static HTML of both editions, the Binder environment built fresh
#      from binder/, and the explorer in headless chromium.
# Extra arguments go to pytest: bash scripts/test.sh tests/test_mlp.py -x
#
# The fast tier, for the development loop (unit and property tests, under a minute; no notebook,
# since nbval collects them only with --nbval):
#   python -m pytest        (pyproject's addopts deselect the tests marked slow)
# One notebook in both editions, strictly:
#   python -m pytest -m "" --nbval notebooks/04_backprop_by_hand.ipynb notebooks/ko/04_*.ipynb
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${VIRTUAL_ENV:-}" ]; then
  [ -d .venv ] || python3 -m venv .venv
  # shellcheck disable=SC1091
  . .venv/bin/activate
fi
python -m pip install -q --upgrade pip
python -m pip install -q -r requirements.txt
# Debian's packages: chromium (the explorer and the phone app in a real browser; never
# `playwright install`), Korean fonts for what the browser shows, a JDK for the app's Java class
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v javac >/dev/null || need+=(default-jdk-headless)
dpkg -s fonts-nanum >/dev/null 2>&1 || need+=(fonts-nanum)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
ruff check .
python -m pytest -m "" --nbval "$@"

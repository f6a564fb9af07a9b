#!/usr/bin/env bash
# Build the macOS app bundle and a zip of it (on a Mac, Python 3.11+ from python.org
# or Homebrew):
#   packaging/build-macos.sh   -> dist/Katalyze.app, dist/katalyze-VERSION-macos-ARCH.zip
# Own virtual environment under build/venv. Not signed nor notarised: the first
# start needs right-click > Open (see packaging/README.md). Written to mirror
# build-linux.sh; not run on this project's Linux machines.
set -euo pipefail
cd "$(dirname "$0")/.."
python="${PYTHON:-python3}"
venv=build/venv
started=$(date +%s)

[ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
"$venv/bin/python" -m pip install -q --upgrade pip
"$venv/bin/python" -m pip install -q -r packaging/requirements-build.txt .

"$venv/bin/python" -m ui.i18n >/dev/null        # translations .ts -> .qm
"$venv/bin/python" packaging/make_icons.py      # build/icons/katalyze.icns
"$venv/bin/pyinstaller" --noconfirm --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/katalyze.spec

QT_QPA_PLATFORM=offscreen KATALYZE_HOME="$(mktemp -d)" dist/Katalyze.app/Contents/MacOS/katalyze --self-test
version="$("$venv/bin/python" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
archive="dist/katalyze-$version-macos-$(uname -m).zip"
rm -f "$archive"
ditto -c -k --keepParent dist/Katalyze.app "$archive"
echo "built dist/Katalyze.app ($(du -sm dist/Katalyze.app | cut -f1) MB) and $archive in $(($(date +%s) - started)) s"

#!/usr/bin/env bash
# Build the Linux app folder and archive from this checkout:
#   packaging/build-linux.sh            -> dist/katalyze/ and dist/katalyze-VERSION-linux-ARCH.tar.gz
# Uses its own virtual environment under build/venv (never committed): Katalyze's
# dependencies and PyInstaller from PyPI (packaging/requirements-build.txt).
# Then runs the built binary's --self-test. Qt's system libraries (./dev's
# DEB_PACKAGES) must be present, as for development.
set -euo pipefail
cd "$(dirname "$0")/.."
python="${PYTHON:-python3}"
venv=build/venv
started=$(date +%s)

[ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
key="$(cat pyproject.toml packaging/requirements-build.txt | sha256sum | cut -d' ' -f1)"
if [ "$(cat "$venv/.installed-from" 2>/dev/null)" != "$key" ]; then # pip only when they change
  "$venv/bin/python" -m pip install -q --upgrade pip
  "$venv/bin/python" -m pip install -q -r packaging/requirements-build.txt .
  echo "$key" >"$venv/.installed-from"
fi

# Build steps: translations (.ts -> .qm) beside their sources, then the bundle
# (the spec takes katalyze/, ui/ and resources/ from this checkout).
"$venv/bin/python" -m ui.i18n >/dev/null
"$venv/bin/pyinstaller" --noconfirm --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/katalyze.spec

# Debug symbols off Python's own libraries (23 MB -> 6 MB for libpython). Not the
# wheels' auditwheel-patched libraries (numpy.libs, pillow.libs): strip breaks them.
command -v strip >/dev/null && find dist/katalyze/_internal -maxdepth 1 -name 'libpython*.so*' -exec strip --strip-unneeded {} +
command -v strip >/dev/null && find dist/katalyze/_internal/python3.* -name '*.so' -exec strip --strip-unneeded {} +

version="$("$venv/bin/python" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
cp packaging/linux/katalyze.desktop packaging/linux/install.sh dist/katalyze/
QT_QPA_PLATFORM=offscreen KATALYZE_HOME="$(mktemp -d)" dist/katalyze/katalyze --self-test
archive="dist/katalyze-$version-linux-$(uname -m).tar.gz"
tar -C dist -czf "$archive" katalyze
echo "built dist/katalyze ($(du -sm dist/katalyze | cut -f1) MB) and $archive ($(du -sm "$archive" | cut -f1) MB) in $(($(date +%s) - started)) s"

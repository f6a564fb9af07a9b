#!/bin/sh
# Put Katalyze in the applications menu and on the PATH of the current user
# (nothing outside your home folder). Run it from the unpacked folder:
#   ./install.sh
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$HOME/.local/bin" "$HOME/.local/share/applications" "$HOME/.local/share/icons/hicolor/scalable/apps"
ln -sf "$here/katalyze" "$HOME/.local/bin/katalyze"
cp "$here/_internal/resources/icons/katalyze.svg" "$HOME/.local/share/icons/hicolor/scalable/apps/katalyze.svg"
sed "s|^Exec=katalyze|Exec=\"$here/katalyze\"|" "$here/katalyze.desktop" >"$HOME/.local/share/applications/katalyze.desktop"
echo "Katalyze is in your applications menu; 'katalyze' works in a terminal (~/.local/bin)."

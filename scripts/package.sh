#!/usr/bin/env bash
# `make package`: builds the one-folder app into dist/workstation/ (and, on macOS,
# dist/Expert Workstation.app) with PyInstaller, installing PyInstaller into the venv if needed.
set -euo pipefail
cd "$(dirname "$0")/.."

venv=${VENV:-.venv}
if [ -x "$venv/bin/python" ]; then py="$venv/bin/python"; else py="$venv/Scripts/python.exe"; fi
pyinstaller_requirement="pyinstaller>=6.10"

if ! "$py" -c 'import PyInstaller' >/dev/null 2>&1; then
    echo "== installing $pyinstaller_requirement into $venv"
    "$py" -m pip install --quiet --disable-pip-version-check "$pyinstaller_requirement"
fi

echo "== translations"
"$py" scripts/translations.py release
echo "== icons"
"$py" scripts/render_icons.py build/icons
echo "== PyInstaller"
WORKSTATION_ICON_DIR="$PWD/build/icons" "$py" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/pyinstaller/workstation.spec
echo "== built dist/workstation/"

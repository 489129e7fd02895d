#!/usr/bin/env bash
# CI smoke check of a build from scripts/package.sh: the frozen app answers --version with exit
# status 0, and a normal start (offscreen, in a throwaway home) does not die on a missing module
# or Qt plugin but keeps running until it is stopped.
set -euo pipefail
cd "$(dirname "$0")/.."

case "$(uname -s)" in
    Darwin) app="dist/Expert Workstation.app/Contents/MacOS/workstation" ;;
    MINGW*|MSYS*|CYGWIN*) app="dist/workstation/workstation.exe" ;;
    *) app="dist/workstation/workstation" ;;
esac
[ -x "$app" ] || { echo "package-smoke: $app not found; run scripts/package.sh first" >&2; exit 1; }
export QT_QPA_PLATFORM=offscreen

echo "== $app --version"
version_output=$("$app" --version)
echo "$version_output"
case "$version_output" in
    "Expert Workstation "[0-9]*) ;;
    *) echo "package-smoke: unexpected --version output" >&2; exit 1 ;;
esac

echo "== start-up"
home=$(mktemp -d)
log="$home/startup.log"
trap 'rm -rf "$home"' EXIT
HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
    XDG_CACHE_HOME="$home/cache" "$app" >"$log" 2>&1 &
pid=$!
sleep 10
if ! kill -0 "$pid" 2>/dev/null; then
    set +e; wait "$pid"; status=$?; set -e
    cat "$log" >&2
    echo "package-smoke: the app exited with status $status during start-up" >&2
    exit 1
fi
kill "$pid"
wait "$pid" 2>/dev/null || true
if grep -E "Traceback|ModuleNotFoundError|ImportError|Could not load the Qt platform plugin" "$log" >&2; then
    echo "package-smoke: start-up reported errors" >&2
    exit 1
fi
echo "package-smoke: ok"

#!/usr/bin/env bash
# Runs every DangVu test: installs what is missing (PostgreSQL, Chromium, the Vietnamese word list, LibreOffice Calc and Writer),
# builds with warnings as errors, checks formatting, runs all test projects, and ends with the line
# "N passed, N failed". Tests start their own private PostgreSQL cluster; this script removes any left over.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -f /usr/share/hunspell/vi_VN.dic ] || missing+=(hunspell-vi)
# Exported spreadsheets and documents are opened by a real office suite in the tests.
[ -f /usr/lib/libreoffice/program/pagein-calc ] || missing+=(libreoffice-calc-nogui)
# The PDF tests print documents with a monospaced font that has Vietnamese letters.
[ -f /usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf ] || missing+=(fonts-liberation2)
# Written DOCX are converted to PDF by LibreOffice Writer in the document-writing tests.
[ -f /usr/lib/libreoffice/program/pagein-writer ] || missing+=(libreoffice-writer-nogui)
if [ ${#missing[@]} -gt 0 ]; then
  echo "== Installing: ${missing[*]}"
  as_root=()
  [ "$(id -u)" -eq 0 ] || as_root=(sudo)
  "${as_root[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

cleanup() {
  pkill -f -- "-D /tmp/dangvu-pg-" 2>/dev/null || true
  rm -rf /tmp/dangvu-pg-* 2>/dev/null || true
}
trap cleanup EXIT

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
echo "== Build (Release, warnings are errors)"
dotnet tool restore >/dev/null
dotnet build DangVu.slnx -c Release -nologo -clp:ErrorsOnly
echo "== Format check"
dotnet format DangVu.slnx --verify-no-changes --no-restore

echo "== Tests"
log=$(mktemp)
set +e
dotnet test --solution DangVu.slnx -c Release --no-build --output detailed 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

passed=$(grep -E '^\s+succeeded: [0-9]+' "$log" | tail -n 1 | grep -oE '[0-9]+' || echo 0)
failed=$(grep -E '^\s+failed: [0-9]+' "$log" | tail -n 1 | grep -oE '[0-9]+' || echo 0)
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1  # the run broke before counting (a crash or a build error): never report it as clean
fi
rm -f "$log"
echo "$passed passed, $failed failed"
exit "$status"

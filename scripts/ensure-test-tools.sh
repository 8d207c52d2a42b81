#!/usr/bin/env bash
# The tests need two programs from Debian's packages: Chromium for the browser
# tests (never a downloaded browser build) and wget for the crawl of the served
# site. Installs what is missing with apt when we are root; otherwise says what to do.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v wget >/dev/null 2>&1 || missing+=(wget)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's ${missing[*]} for the tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "The tests need Debian's ${missing[*]}: run 'sudo apt-get install -y ${missing[*]}' and try again." >&2
exit 1

#!/usr/bin/env bash
# The tests need programs from Debian's packages: Chromium for the browser
# tests (never a downloaded browser build), wget for the crawl of the served
# site, nginx with its Brotli module to serve the build as the agency's server
# does, and rsync for the deploy test. Installs what is missing with apt when
# we are root; otherwise says what to do.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v wget >/dev/null 2>&1 || missing+=(wget)
command -v rsync >/dev/null 2>&1 || missing+=(rsync)
[ -x /usr/sbin/nginx ] || missing+=(nginx)
[ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || missing+=(libnginx-mod-http-brotli-static)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's ${missing[*]} for the tests…"
  apt-get update -qq
  # RUNLEVEL=1: installing nginx must not start it as a service on port 80.
  DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "The tests need Debian's ${missing[*]}: run 'sudo apt-get install -y ${missing[*]}' and try again." >&2
exit 1

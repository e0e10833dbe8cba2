#!/usr/bin/env bash
# Installs the Debian packages the tests use (.ci/debian-packages.txt). Used by .ci/run on CI's
# fresh machine and by `npm run setup`. Where there is no apt-get (macOS, another distribution)
# it says what the end-to-end tests need and leaves the system alone: the extension itself builds
# without any of it.
set -euo pipefail
cd "$(dirname "$0")/.."

mapfile -t PACKAGES < <(grep -v '^\s*#' .ci/debian-packages.txt | sed 's/\s.*//' | grep -v '^$')

if ! command -v apt-get >/dev/null; then
  echo "No apt-get here: skipping system packages. The end-to-end tests need Chromium, Firefox ESR and"
  echo "these Debian packages (or their equivalents): ${PACKAGES[*]}"
  exit 0
fi

SUDO=""
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null; then SUDO="sudo"; else
    echo "Not root and no sudo: install these Debian packages yourself: ${PACKAGES[*]}"; exit 0
  fi
fi
export DEBIAN_FRONTEND=noninteractive

# The servers are started by the tests themselves, each on its own port with its own config: keep
# the packages' maintainer scripts from starting system-wide copies on port 80 (exit 101 = "not
# allowed" to invoke-rc.d). Only added when absent, and removed again after the install.
POLICY=/usr/sbin/policy-rc.d
ADDED_POLICY=""
if [ ! -e "$POLICY" ]; then
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$POLICY" >/dev/null
  $SUDO chmod +x "$POLICY"
  ADDED_POLICY=1
fi
cleanup() { if [ -n "$ADDED_POLICY" ]; then $SUDO rm -f "$POLICY"; fi; }
trap cleanup EXIT

$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends "${PACKAGES[@]}"

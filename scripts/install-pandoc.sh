#!/usr/bin/env bash
# Installs Debian's pandoc for the Pandoc round-trip tests (test/unit/pandoc.test.ts).
# Idempotent: exits at once when pandoc is on PATH. Needs root (or sudo) the first time.
set -euo pipefail
if command -v pandoc >/dev/null; then
  exit 0
fi
SUDO=""
[[ $(id -u) -eq 0 ]] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends pandoc
pandoc --version | head -1

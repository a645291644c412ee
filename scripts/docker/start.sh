#!/bin/sh
# The production container's whole start sequence: the Dockerfile's CMD runs this file, and
# tests/system/standalone.test.ts runs the same file in a folder laid out by
# scripts/docker/assemble.ts, so what is tested is what the image does.
# 1. migrate and seed the guide (db/prepare.mjs; idempotent, no demo accounts in production),
# 2. serve with Next's standalone server, which reads PORT and HOSTNAME from the environment,
#    with the server's V8 flags first in NODE_OPTIONS (scripts/lib/server-runtime.ts says why; a
#    unit test keeps the two alike), so a deployment's own NODE_OPTIONS, which come after, win.
set -eu
cd "$(dirname "$0")"
node db/prepare.mjs
export NODE_OPTIONS="--max-semi-space-size=64 ${NODE_OPTIONS:-}"
exec node server.js

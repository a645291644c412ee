# syntax=docker/dockerfile:1
# Multi-stage build: dependencies, build, then a runtime image with only Next's standalone
# server (the node_modules files it was traced to need), its static assets, and the database
# step bundled into one file. Its command (start.sh) migrates, seeds the guide (idempotent; no
# demo accounts in production) and serves. tests/system/standalone.test.ts assembles the same
# folder with the same script and starts it with the same start.sh.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY prisma ./prisma
COPY prisma.config.ts tsconfig.json ./
RUN npm ci --no-audit --no-fund

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# Salts the server actions' ids and is embedded in the build: images built separately for one
# site (several hosts, a rolling deploy) must get the same one (README, "Several instances").
# Empty: Next generates one for this build. Only this build stage sees it.
ARG NEXT_SERVER_ACTIONS_ENCRYPTION_KEY=""
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# next.config.ts has output: "standalone"; assemble.ts lays out /image (see its header).
RUN npx tsx scripts/db/generate.ts && npx next build && npx tsx scripts/docker/assemble.ts /image

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
# HOSTNAME: Docker sets it to the container id, and the standalone server listens on it.
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
RUN useradd --system --uid 1001 skilltrail
COPY --from=build --chown=skilltrail /image ./
USER skilltrail
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --retries=5 CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# DATABASE_URL and NEXTAUTH_SECRET come from the environment (see docker-compose.yml).
CMD ["sh", "/app/start.sh"]

# syntax=docker/dockerfile:1
# Multi-stage build: dependencies, build, then a runtime image that migrates, seeds the guide
# (idempotent; no demo accounts in production) and serves with `next start`.

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
RUN npx tsx scripts/db/generate.ts && npx next build

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000
RUN useradd --system --uid 1001 skilltrail
COPY --from=build --chown=skilltrail /app ./
USER skilltrail
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --retries=5 CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# DATABASE_URL and NEXTAUTH_SECRET come from the environment (see docker-compose.yml).
CMD ["sh", "-c", "npm run db:migrate && npm run db:seed && npx next start --port ${PORT} --hostname 0.0.0.0"]

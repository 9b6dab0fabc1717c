# syntax=docker/dockerfile:1
# One department's image; DEPARTMENT is one of petitions, mediation, arbitration, litigation, legal-aid, administrative-review:
#   docker build -f deploy/docker/subgraph.Dockerfile --build-arg DEPARTMENT=mediation -t onedoor/mediation .
# The image runs the department (default command) and its migration step, once per release, before replicas
# started with MIGRATE_AT_START=0:   node subgraphs/mediation/dist/main.js migrate
# Images cannot be built on the development machines (no base image reachable):
# test/contracts/deploy-images.test.ts checks this file instead (docs/deployment.md).
ARG NODE_IMAGE=node:20-bookworm-slim

# Build: every dependency, the Prisma clients and the bundles (npm run build).
FROM ${NODE_IMAGE} AS build
ARG DEPARTMENT
WORKDIR /app
COPY . .
RUN npm ci --ignore-scripts \
 && npm run build \
 && node --import tsx deploy/docker/describe-service.mjs "${DEPARTMENT}" > deploy/docker/service.json

# Run: production dependencies, the department's bundle and its migrations, as an unprivileged user.
FROM ${NODE_IMAGE} AS runtime
ARG DEPARTMENT
ENV NODE_ENV=production HOST=0.0.0.0 DEPARTMENT=${DEPARTMENT}
WORKDIR /app
# Every workspace's manifest, so that npm ci installs the tree the lock file describes; then only what
# production needs. Install scripts only fetch Prisma's native engines, which OneDoor never uses (its
# engines are WASM, its clients use driver adapters).
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY gateway/package.json gateway/
COPY client/package.json client/
COPY test/package.json test/
COPY subgraphs/petitions/package.json subgraphs/petitions/
COPY subgraphs/mediation/package.json subgraphs/mediation/
COPY subgraphs/arbitration/package.json subgraphs/arbitration/
COPY subgraphs/litigation/package.json subgraphs/litigation/
COPY subgraphs/legal-aid/package.json subgraphs/legal-aid/
COPY subgraphs/administrative-review/package.json subgraphs/administrative-review/
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY --from=build /app/deploy/docker/service.json /app/deploy/docker/healthcheck.mjs deploy/docker/
COPY --from=build /app/subgraphs/${DEPARTMENT}/dist/ subgraphs/${DEPARTMENT}/dist/
COPY --from=build /app/subgraphs/${DEPARTMENT}/prisma/ subgraphs/${DEPARTMENT}/prisma/
# Data the shared code reads at run time: the official holiday calendars.
COPY --from=build /app/shared/src/clock/holidays/ shared/src/clock/holidays/
# The node user of the official image. The root filesystem may be read-only: a service writes only to
# stdout (its data is in PostgreSQL).
USER 1000:1000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "deploy/docker/healthcheck.mjs", "/health"]
# V8 options as the launcher's (shared/src/system/service-command.ts). A shell names the department's
# bundle and is replaced by node (exec), so signals reach the service.
CMD exec node --liftoff-only --max-semi-space-size=4 "subgraphs/${DEPARTMENT}/dist/main.js"

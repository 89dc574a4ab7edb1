# Syncdeck's production server in a container:
#   docker build -t syncdeck .
#   docker run -p 8080:8080 -e AIRBYTE_URL=http://host.docker.internal:8000 syncdeck
# Settings are the environment variables of `npm start` (README, "Running Syncdeck against your
# Airbyte"). The server runs its TypeScript with Node's own type stripping: no compile step.

# 1. Build the console (dev dependencies: Vite and the rest).
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# The mock backend's service worker and OAuth page have no place beside a real Airbyte (the server
# answers 404 for them anyway).
RUN npm run build && rm -f dist/mockServiceWorker.js dist/oauth-mock.html dist/oauth-mock.js

# 2. Production dependencies only.
FROM node:24-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

# 3. Runtime: production dependencies, the built console, the server.
FROM node:24-bookworm-slim
ENV NODE_ENV=production \
    PORT=8080
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json ./
COPY --from=build /app/dist ./dist
COPY server ./server
# The node images' unprivileged user; the files stay root's, read-only to it.
USER node
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 8080) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node itself as PID 1 (not npm): SIGTERM from `docker stop` reaches the server's graceful shutdown.
CMD ["node", "server/index.ts"]

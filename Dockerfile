# syntax=docker/dockerfile:1
# Unione assistant: `npm start` (= `unione serve`) runs Slack in Socket Mode or HTTP mode (see docs/collegare-slack.md).
#   docker build -t unione-bot .
#   docker run -d --init --name unione -e SLACK_BOT_TOKEN=xoxb-… -e SLACK_APP_TOKEN=xapp-… \
#     -v unione-data:/app/data -v "$PWD/knowledge:/app/knowledge:ro" unione-bot
# HTTP mode instead of Socket Mode: -e SLACK_SIGNING_SECRET=… -e PORT=3000 -p 3000:3000 (no SLACK_APP_TOKEN).

# --- build: native modules (hnswlib-node, better-sqlite3) need python3, make and g++ --------------------------
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json .npmrc tsconfig.json ./
COPY scripts ./scripts
COPY src ./src
# `npm ci` compiles src/ into dist/ (the `prepare` script, esbuild is a runtime dependency): no dev dependencies.
RUN npm ci --omit=dev --no-audit --no-fund \
 && test -f dist/main.js && test -f dist/parse-worker.js \
 && npm cache clean --force

# --- runtime: no compilers, non-root user, data on a volume ----------------------------------------------------
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    UNIONE_KNOWLEDGE_DIR=/app/knowledge \
    UNIONE_DATA_DIR=/app/data \
    PORT=3000
WORKDIR /app
# OCR of scanned PDFs: pdftoppm/pdfimages (poppler-utils) and tesseract with its Italian data.
RUN apt-get update \
 && apt-get install -y --no-install-recommends poppler-utils tesseract-ocr tesseract-ocr-ita \
 && rm -rf /var/lib/apt/lists/*
RUN groupadd --system unione \
 && useradd --system --gid unione --home-dir /app --shell /usr/sbin/nologin unione
COPY --from=build /app/node_modules ./node_modules
# The compiled code only: without src/ the launcher runs dist/ (no tsx at run time).
COPY --from=build /app/dist ./dist
COPY --from=build /app/scripts ./scripts
COPY package.json package-lock.json .npmrc ./
COPY bin ./bin
COPY prompts ./prompts
COPY knowledge ./knowledge
# The index, the SQLite database (bindings, records, feedback) live in data/: keep it on a volume.
RUN mkdir -p /app/data && chown -R unione:unione /app/data
USER unione
VOLUME ["/app/data"]
EXPOSE 3000
# GET /healthz on PORT answers in both modes (503 in Socket Mode while the socket is down).
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((response) => process.exit(response.ok ? 0 : 1), () => process.exit(1))"]
CMD ["npm", "start"]

/**
 * Starts a parse worker thread, from compiled JavaScript or from the TypeScript sources. From sources the worker
 * registers tsx to load our modules, then unregisters it before any PDF is parsed: pdf.js loaded through tsx's
 * hooks with source maps on costs about 370 MB more RSS per thread (measured: 514 MB against 150 MB).
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type ResourceLimits, Worker } from "node:worker_threads";

export function startParseWorker(resourceLimits: ResourceLimits): Worker {
  const here = import.meta.url;
  if (!here.endsWith(".ts")) {
    return new Worker(new URL("./parse-worker.js", here), { resourceLimits, workerData: { selfStart: true } });
  }
  const entry = new URL("./parse-worker.ts", here).href;
  const tsconfig = fileURLToPath(new URL("../../tsconfig.json", here));
  const options = existsSync(tsconfig) ? { tsconfig } : {};
  const code = [
    `import(${JSON.stringify(tsxApiUrl())}).then(async ({ register }) => {`,
    `  const unregister = register(${JSON.stringify(options)});`,
    `  const worker = await import(${JSON.stringify(entry)});`,
    "  await unregister();",
    "  process.setSourceMapsEnabled(false);",
    "  worker.serveParseJobs();",
    "});",
  ].join("\n");
  return new Worker(code, { eval: true, resourceLimits });
}

/** tsx's ESM API, resolved from this package (the worker's eval code has no module of its own to resolve from). */
function tsxApiUrl(): string {
  const packageJson = createRequire(import.meta.url).resolve("tsx/package.json");
  return new URL("./dist/esm/api/index.mjs", pathToFileURL(packageJson)).href;
}

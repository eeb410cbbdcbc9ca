#!/usr/bin/env node
// Launcher for `npx unione …`. Runs the JavaScript that `npm ci` compiled into dist/ when it matches the sources
// (start-up in a fraction of a second); otherwise (sources edited since, or installed with --ignore-scripts) loads
// the TypeScript entry point through tsx's loader, as in development. Either way in this same process: SIGTERM
// reaches the server's own handlers (clean stop, exit 0), and `kill -9` of this pid really stops the work.
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { compiledIsCurrent } from "../scripts/source-signature.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

// Stack traces of --debug then name the TypeScript lines (dist/ carries source maps).
if (process.argv.includes("--debug")) process.setSourceMapsEnabled(true);

let entry = join(root, "dist", "main.js");
if (!compiledIsCurrent(join(root, "src"), join(root, "dist"))) {
  const { register } = await import("tsx/esm/api");
  register({ tsconfig: join(root, "tsconfig.json") });
  entry = join(root, "src", "main.ts");
}
const { runFromCommandLine } = await import(pathToFileURL(entry).href);
runFromCommandLine();

#!/usr/bin/env node
// Launcher for `npx unione …`: loads the TypeScript entry point through tsx's loader in this same process.
// One process, not a chain of children: SIGTERM reaches the server's own handlers (clean stop, exit 0),
// and `kill -9` of this pid really stops the work (no orphaned child keeps running an ingest or the port).
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { register } from "tsx/esm/api";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
register({ tsconfig: join(root, "tsconfig.json") });
const { runFromCommandLine } = await import(pathToFileURL(join(root, "src", "main.ts")).href);
runFromCommandLine();

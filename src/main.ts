/** Entry point of `unione …`: bin/unione.js imports this module; `tsx src/main.ts …` runs it directly. */
import { realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { runFromCommandLine } from "./cli/run-cli.js";

export { runCli, runFromCommandLine } from "./cli/run-cli.js";

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(script)).href;
  } catch {
    return false;
  }
}

if (isEntryPoint()) runFromCommandLine();

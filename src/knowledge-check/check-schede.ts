/** Each knowledge/unioni/<id>/scheda.md declares in its front matter `unione: <id>`, the folder it sits in. */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import type { CheckProblem } from "../knowledge/check-problem.js";
import { displayPath } from "../knowledge/display-path.js";
import { readFrontMatter } from "../knowledge/front-matter.js";
import { unioniFolder } from "../knowledge/load-records.js";
import { readTextFile } from "../knowledge/read-text-file.js";
import type { KnowledgeCheck } from "./knowledge-snapshot.js";

export const schedaFileName = "scheda.md";

function checkScheda(knowledgeDir: string, folder: string): CheckProblem[] {
  const relativeFile = path.join(unioniFolder, folder, schedaFileName);
  const file = displayPath(knowledgeDir, relativeFile);
  // Only the `unione` key of the front matter matters here.
  const read = readTextFile(path.join(knowledgeDir, relativeFile));
  if (read.error !== null) return [{ file, line: null, field: null, message: read.error, severity: "error" }];
  const scheda = readFrontMatter(read.text);
  const problem = (line: number | null, message: string): CheckProblem => ({
    file,
    line,
    field: "unione",
    message,
    severity: "error",
  });
  if (scheda.error) return [problem(scheda.error.line, `front matter non leggibile: ${scheda.error.message}`)];
  if (!scheda.present) return [problem(1, `manca il front matter con "unione: ${folder}"`)];
  const unione = scheda.data.unione;
  if (unione === folder) return [];
  if (unione === undefined || unione === null)
    return [problem(1, `manca il campo "unione: ${folder}" nel front matter`)];
  return [
    problem(
      scheda.lineOf("unione"),
      `la scheda dichiara l'Unione "${String(unione)}" ma si trova nella cartella "${folder}"`,
    ),
  ];
}

export const checkSchede: KnowledgeCheck = (snapshot) => {
  const base = path.join(snapshot.knowledgeDir, unioniFolder);
  if (!existsSync(base)) return [];
  return readdirSync(base, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(base, entry.name, schedaFileName)))
    .map((entry) => entry.name)
    .sort()
    .flatMap((folder) => checkScheda(snapshot.knowledgeDir, folder));
};

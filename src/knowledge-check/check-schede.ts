/** Each knowledge/unioni/<id>/scheda.md declares in its front matter `unione: <id>`, the folder it sits in. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { CheckProblem } from "../knowledge/check-problem.js";
import { displayPath } from "../knowledge/display-path.js";
import { parseLawFile } from "../knowledge/law-files.js";
import { unioniFolder } from "../knowledge/load-records.js";
import type { KnowledgeCheck } from "./knowledge-snapshot.js";

export const schedaFileName = "scheda.md";

function checkScheda(knowledgeDir: string, folder: string): CheckProblem[] {
  const relativeFile = path.join(unioniFolder, folder, schedaFileName);
  const file = displayPath(knowledgeDir, relativeFile);
  // Same front-matter reader as the law files: only the `unione` key matters here.
  const scheda = parseLawFile(file, readFileSync(path.join(knowledgeDir, relativeFile), "utf8"));
  const problem = (line: number | null, message: string): CheckProblem => ({
    file,
    line,
    field: "unione",
    message,
    severity: "error",
  });
  if (scheda.frontMatterError)
    return [problem(scheda.frontMatterError.line, `front matter non leggibile: ${scheda.frontMatterError.message}`)];
  if (!scheda.frontMatter) return [problem(1, `manca il front matter con "unione: ${folder}"`)];
  const unione = scheda.frontMatter.unione;
  if (unione === folder) return [];
  if (unione === undefined || unione === null)
    return [problem(1, `manca il campo "unione: ${folder}" nel front matter`)];
  return [
    problem(
      scheda.frontMatterLine("unione"),
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

/**
 * Each file of the regulatory guide needs its front matter (title, short, source, text_date, vigente_dal,
 * confidence) and at least one `##` heading that starts with a citable unit, so that answers can cite
 * "L.R. 21/2012, art. 24 c.4". Headings without a unit are only warned about: they cannot be cited.
 */
import type { CheckProblem } from "../knowledge/check-problem.js";
import type { LawFile } from "../knowledge/law-files.js";
import type { KnowledgeCheck } from "./knowledge-snapshot.js";

const requiredText = ["title", "short", "source"] as const;
const confidences = ["confermato", "parziale", "da_verificare"];
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function frontMatterProblems(law: LawFile): CheckProblem[] {
  const problem = (field: string | null, line: number | null, message: string): CheckProblem => ({
    file: law.file,
    line,
    field,
    message,
    severity: "error",
  });
  if (law.frontMatterError)
    return [problem(null, law.frontMatterError.line, `front matter non leggibile: ${law.frontMatterError.message}`)];
  const data = law.frontMatter;
  if (!data)
    return [
      problem(null, 1, "manca il front matter (--- title, short, source, text_date, vigente_dal, confidence ---)"),
    ];
  const problems: CheckProblem[] = [];
  for (const key of requiredText) {
    if (typeof data[key] !== "string" || !(data[key] as string).trim())
      problems.push(problem(key, law.frontMatterLine(key), `campo "${key}" mancante o vuoto`));
  }
  for (const key of ["text_date", "vigente_dal"]) {
    const value = data[key];
    if (!(key in data))
      problems.push(
        problem(key, law.frontMatterLine(key), `campo "${key}" mancante (usare null se la data non è confermata)`),
      );
    else if (value !== null && !(typeof value === "string" && isoDate.test(value))) {
      problems.push(
        problem(
          key,
          law.frontMatterLine(key),
          `"${String(value)}" non è una data AAAA-MM-GG (usare null se non confermata)`,
        ),
      );
    }
  }
  if (!confidences.includes(String(data.confidence))) {
    problems.push(
      problem("confidence", law.frontMatterLine("confidence"), `deve essere confermato, parziale o da_verificare`),
    );
  }
  return problems;
}

function headingProblems(law: LawFile): CheckProblem[] {
  const citable = law.headings.filter((heading) => heading.unit !== null);
  if (citable.length === 0) {
    return [
      {
        file: law.file,
        line: law.headings[0]?.line ?? null,
        field: null,
        message: 'nessun titolo ## con un riferimento citabile (es. "## Art. 24 c.4 — …", "## DGR 941/2024 — …")',
        severity: "error",
      },
    ];
  }
  return law.headings
    .filter((heading) => heading.unit === null)
    .map((heading) => ({
      file: law.file,
      line: heading.line,
      field: null,
      message: `il titolo "${heading.text}" non inizia con un riferimento citabile (Art. N, Art. N c.M, DGR N/AAAA, Direttiva…, Sentenza…)`,
      severity: "warning" as const,
    }));
}

export const checkLawFiles: KnowledgeCheck = (snapshot) =>
  snapshot.law.flatMap((law) =>
    law.unreadable
      ? [{ file: law.file, line: null, field: null, message: law.unreadable, severity: "error" as const }]
      : [...frontMatterProblems(law), ...headingProblems(law)],
  );

/** `unione draft <tipo> [--funzione F] [--unione ID] [--sezione S] [--istruzioni T] [--out FILE] [--json]`. */
import { accessSync, constants, existsSync, statSync, writeFileSync } from "node:fs";
import { dirname, extname, resolve } from "node:path";
import { UnioneError } from "../../core/errors.js";
import { formatCount } from "../../core/italian-format.js";
import { draftToJson, draftToMarkdown } from "../../drafting/render-draft.js";
import { type CliCommand, operatorRequest } from "../cli-context.js";
import { parseCommandArgs } from "../parse-cli.js";
import { printResult } from "../print-result.js";
import { usageByCommand } from "../usage.js";

const options = {
  funzione: { type: "string" },
  unione: { type: "string" },
  sezione: { type: "string" },
  istruzioni: { type: "string" },
  out: { type: "string" },
  json: { type: "boolean" },
} as const;

export const draftCommand: CliCommand = async (args, context) => {
  const usage = usageByCommand.draft ?? "";
  const { values, positionals } = parseCommandArgs(args, options, usage);
  const tipo = positionals.join(" ").trim();
  if (!tipo) throw new UnioneError("BAD_USAGE", `Manca il tipo di atto.\nUso: ${usage}`);
  const out = values.out ? resolve(values.out) : null;
  if (out && ![".md", ".docx"].includes(extname(out).toLowerCase())) {
    throw new UnioneError("BAD_USAGE", `Il file di uscita deve terminare in .md o .docx: ${values.out}`);
  }
  const request = {
    tipo,
    funzione: values.funzione ?? null,
    unione: values.unione ?? null,
    sezione: values.sezione ?? null,
    istruzioni: values.istruzioni ?? null,
  };
  if (out) assertWritable(out);
  const docx = Boolean(out?.toLowerCase().endsWith(".docx"));
  const result = await context.app.router().execute({ name: "draft", request, docx }, operatorRequest());
  if (result.type !== "draft") return printResult(result, context.io);
  const { draft } = result;
  if (out) {
    writeOutput(out, result.docx ?? draftToMarkdown(draft));
    const missing = draft.missing.length
      ? ` · da completare: ${formatCount(draft.missing.length, "punto", "punti")}`
      : "";
    if (!values.json) context.io.err(`Bozza salvata in ${out}${missing}.`);
  }
  if (values.json) context.io.out(JSON.stringify(draftToJson(draft)));
  else if (!out) context.io.out(draftToMarkdown(draft));
  return 0;
};

function cannotWrite(out: string, why: string, cause?: unknown): UnioneError {
  return new UnioneError("INVALID_INPUT", `Non posso salvare la bozza in «${out}»: ${why}. Nessun file scritto.`, {
    detail: `file di uscita non scrivibile: ${out}`,
    cause,
  });
}

/** Checked before drafting, so that a wrong path costs nothing and says why in Italian. */
function assertWritable(out: string): void {
  const folder = dirname(out);
  if (!existsSync(folder)) throw cannotWrite(out, `la cartella «${folder}» non esiste`);
  if (!statSync(folder).isDirectory()) throw cannotWrite(out, `«${folder}» non è una cartella`);
  if (existsSync(out) && statSync(out).isDirectory()) throw cannotWrite(out, "esiste già una cartella con questo nome");
  try {
    accessSync(folder, constants.W_OK);
  } catch (error) {
    throw cannotWrite(out, `non ho il permesso di scrivere nella cartella «${folder}»`, error);
  }
}

function writeOutput(out: string, content: Buffer | string): void {
  try {
    writeFileSync(out, content);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOSPC"
        ? "il disco è pieno"
        : code === "EACCES" || code === "EPERM"
          ? "permesso negato"
          : "scrittura non riuscita";
    throw cannotWrite(out, why, error);
  }
}

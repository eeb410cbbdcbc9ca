/** `unione draft <tipo> [--funzione F] [--unione ID] [--sezione S] [--istruzioni T] [--out FILE] [--json]`. */
import { writeFileSync } from "node:fs";
import { extname, resolve } from "node:path";
import { UnioneError } from "../../core/errors.js";
import type { RequestContext } from "../../core/types.js";
import { draftToJson, draftToMarkdown } from "../../drafting/render-draft.js";
import type { CliCommand } from "../cli-context.js";
import { parseCommandArgs } from "../parse-cli.js";
import { usageByCommand } from "../usage.js";

const cliRequestContext: RequestContext = {
  requestId: "cli",
  transport: "cli",
  user: "cli",
  channel: null,
  isAdmin: true,
  boundUnione: null,
  scope: { kind: "all" },
};

export const draftCommand: CliCommand = async (args, context) => {
  const usage = usageByCommand.draft!;
  const { values, positionals } = parseCommandArgs(
    args,
    {
      funzione: { type: "string" },
      unione: { type: "string" },
      sezione: { type: "string" },
      istruzioni: { type: "string" },
      out: { type: "string" },
      json: { type: "boolean" },
    },
    usage,
  );
  const tipo = positionals.join(" ").trim();
  if (!tipo) throw new UnioneError("BAD_USAGE", `Manca il tipo di atto.\nUso: ${usage}`);
  const out = values.out ? resolve(values.out) : null;
  if (out && ![".md", ".docx"].includes(extname(out).toLowerCase())) {
    throw new UnioneError("BAD_USAGE", `Il file di uscita deve terminare in .md o .docx: ${values.out}`);
  }
  const drafts = await context.container.drafts();
  const draft = await drafts.draft(
    { tipo, funzione: values.funzione ?? null, unione: values.unione ?? null, sezione: values.sezione ?? null, istruzioni: values.istruzioni ?? null },
    cliRequestContext,
  );
  if (out) {
    const content = out.toLowerCase().endsWith(".docx") ? await drafts.toDocx(draft) : draftToMarkdown(draft);
    writeFileSync(out, content);
    if (!values.json) context.io.err(`Bozza salvata in ${out}${draft.missing.length ? ` · da completare: ${draft.missing.length} punti` : ""}.`);
  }
  if (values.json) context.io.out(JSON.stringify(draftToJson(draft)));
  else if (!out) context.io.out(draftToMarkdown(draft));
  return 0;
};

/** The CLI's usage text (Italian). */
export const usageByCommand: Record<string, string> = {
  ingest: "unione ingest [--rebuild] [--knowledge DIR] [--data DIR]",
  ask: 'unione ask "<domanda>" [--unione ID] [--json]',
  status: "unione status [ID] [--tutto] [--json]",
  draft:
    "unione draft <tipo> [--funzione F] [--unione ID] [--sezione S] [--istruzioni TESTO] [--out FILE.md|FILE.docx] [--json]",
  serve: "unione serve",
  console: "unione console",
  check: "unione check [--knowledge DIR]",
  stats: "unione stats [--json]",
  history: "unione history <unione> [--json]",
  evidence: "unione evidence <unione> [--json] [--apply] [--user NOME]",
  export: "unione export",
  update: "unione update <unione> <funzione|adempimento|unione> <campo> <valore> [--user NOME]",
  schema: "unione schema",
};

export function usageText(): string {
  return [
    "Uso: unione <comando> [opzioni]   (opzioni globali: --knowledge DIR, --data DIR, --debug)",
    "",
    "Comandi:",
    ...Object.values(usageByCommand).map((line) => `  ${line}`),
    "",
    "Senza comando (npm start) avvia il bot Slack, o la console locale se Slack non è configurato.",
  ].join("\n");
}

/** A small knowledge folder in a temp dir, and a pipeline over it, for the ingest-* and ask-* tests. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createKnowledgePipeline } from "../../src/app/knowledge-pipeline.js";
import { type Config, loadConfig } from "../../src/config/config.js";
import { silentLogger } from "../../src/core/logger.js";
import type { ChatModel } from "../../src/llm/chat-model.js";
import type { Embedder } from "../../src/llm/embedder.js";

export const lawMarkdown = `---
title: Legge regionale Emilia-Romagna 21 dicembre 2012, n. 21
short: L.R. 21/2012
confidence: V
---
# L.R. 21/2012

## Art. 19 — Unioni di Comuni
Ogni Comune fa parte di una sola Unione. Lo statuto fissa la durata dell'Unione, non inferiore a dieci anni.
Ogni conferimento di funzioni all'Unione dura almeno cinque anni; la revoca anticipata non ha effetto senza l'accordo di tutti gli enti.

## Art. 24 c.4 — Gestione integrale
La funzione conferita deve essere esercitata dall'Unione in modo integrale: nulla della funzione resta ai Comuni.
Gli sportelli locali sono ammessi se il personale dipende dall'Unione e risponde all'Unione.

## Art. 7 c.3 — Funzioni da associare
I Comuni dell'ambito gestiscono insieme i sistemi informatici e almeno tre funzioni tra polizia locale, protezione civile, servizi sociali, urbanistica, personale, tributi e SUAP.
`;

export const deltaRecord = `# Unione Terre del Delta — scheda

## Comuni
Fanno parte dell'Unione Terre del Delta i Comuni di Codigoro, Goro e Mesola; la sede è a Codigoro.

## Funzioni
La polizia locale è la funzione già conferita dai tre Comuni del Delta.
`;

export const acquaRecord = `# Unione Terre d'Acqua — scheda

## Comuni
Fanno parte dell'Unione Terre d'Acqua sei Comuni, tra cui Crevalcore e San Giovanni in Persiceto.

## Funzioni
La centrale unica di committenza e la polizia locale di Terre d'Acqua sono gestite in forma associata.
`;

export interface Fixture {
  root: string;
  knowledgeDir: string;
  dataDir: string;
  config: Config;
  write(relativePath: string, content: string | Buffer): void;
  remove(relativePath: string): void;
  cleanup(): void;
}

export function makeKnowledgeFixture(files: Record<string, string | Buffer> = defaultFiles()): Fixture {
  const root = mkdtempSync(join(tmpdir(), "unione-test-"));
  const knowledgeDir = join(root, "knowledge");
  const dataDir = join(root, "data");
  mkdirSync(knowledgeDir, { recursive: true });
  const write = (relativePath: string, content: string | Buffer) => {
    mkdirSync(dirname(join(knowledgeDir, relativePath)), { recursive: true });
    writeFileSync(join(knowledgeDir, relativePath), content);
  };
  for (const [path, content] of Object.entries(files)) write(path, content);
  const config = loadConfig({ knowledge: knowledgeDir, data: dataDir }, {});
  return {
    root,
    knowledgeDir,
    dataDir,
    config,
    write,
    remove: (relativePath) => rmSync(join(knowledgeDir, relativePath)),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

export function defaultFiles(): Record<string, string | Buffer> {
  return {
    "law/lr-21-2012.md": lawMarkdown,
    "unioni/terre-del-delta/scheda.md": deltaRecord,
    "unioni/terre-d-acqua/scheda.md": acquaRecord,
    "unioni/terre-del-delta/record.yaml": "id: terre-del-delta\nnome: Unione Terre del Delta\n",
  };
}

export function pipelineFor(fixture: Fixture, overrides: { embedder?: Embedder; chatModel?: ChatModel | null } = {}) {
  return createKnowledgePipeline(fixture.config, silentLogger(), { chatModel: null, ...overrides });
}

/**
 * The only module that reads process.env. Settings are read and validated once; everything else receives
 * the resulting `Config`. Command-line flags win over the environment.
 */
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { UnioneError } from "../core/errors.js";

export interface SlackConfig {
  botToken: string | null;
  signingSecret: string | null;
  appToken: string | null;
  apiUrl: string | null;
  adminUsers: string[];
  port: number;
  /** Questions a user may ask per minute before a friendly refusal. */
  rateLimitPerMinute: number;
}

/** Who serves the model: OpenAI or any OpenAI-compatible server, Azure OpenAI, or Mistral (LLM_PROVIDER). */
export type LlmProvider = "openai" | "azure" | "mistral";
export const llmProviders: readonly LlmProvider[] = ["openai", "azure", "mistral"];

export interface LlmConfig {
  /** True when the chosen provider is configured (OpenAI: OPENAI_API_KEY or OPENAI_BASE_URL). */
  enabled: boolean;
  /** Absent means "openai". */
  provider?: LlmProvider;
  /** The chosen provider's key (OPENAI_API_KEY, AZURE_OPENAI_API_KEY or MISTRAL_API_KEY). */
  apiKey: string | null;
  /** OPENAI_BASE_URL, AZURE_OPENAI_ENDPOINT or MISTRAL_BASE_URL. */
  baseUrl: string | null;
  /** Azure OpenAI only: the API version of its REST endpoints. */
  azureApiVersion?: string;
  /** The model name; with Azure, the name of the chat deployment. */
  model: string;
  /** Remote embeddings only when EMBEDDING_MODEL is set and a provider is configured (Azure: a deployment). */
  embeddingModel: string | null;
  timeoutMs: number;
  maxRetries: number;
  /** Concurrent model calls at most. */
  maxConcurrency: number;
}

export interface RemindersConfig {
  enabled: boolean;
  /** Days before a deadline when a reminder is posted. */
  daysBefore: number[];
  checkIntervalMinutes: number;
}

/** How ingest reads files: parse workers, what one file may cost, and when it is abandoned. */
export interface IngestConfig {
  /** Worker threads that parse PDFs and .docx (one file each at a time). */
  workers: number;
  /** A file whose reading shows no progress (no page read) for this long is skipped. */
  stallMs: number;
  /** V8 heap limit of one parse worker. */
  workerMemoryMb: number;
  /** What a file's compressed content (PDF streams, a .docx's document.xml) may inflate to. */
  maxInflatedBytes: number;
  maxPagesPerFile: number;
  maxPassagesPerFile: number;
}

/** OCR of scanned PDF pages with poppler-utils and tesseract (Debian packages). */
export interface OcrConfig {
  enabled: boolean;
  /** Where the programs are looked for (PATH). */
  searchPath: string;
  /** TESSDATA_PREFIX, when tesseract's language data is not in its default place. */
  tessdataDir: string | null;
  language: string;
  pageTimeoutMs: number;
}

export interface Config {
  knowledgeDir: string;
  dataDir: string;
  debug: boolean;
  logLevel: string;
  slack: SlackConfig;
  llm: LlmConfig;
  reminders: RemindersConfig;
  /** Files larger than this are skipped by ingest. */
  maxFileBytes: number;
  ingest: IngestConfig;
  ocr: OcrConfig;
}

/** Global flags accepted anywhere on the command line. */
export interface GlobalFlags {
  knowledge?: string;
  data?: string;
  debug?: boolean;
}

type Env = Record<string, string | undefined>;

function text(env: Env, name: string): string | null {
  const value = env[name]?.trim();
  return value ? value : null;
}

function integer(env: Env, name: string, fallback: number, min = 0): number {
  const raw = text(env, name);
  if (raw === null) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new UnioneError(
      "BAD_USAGE",
      `Impostazione ${name} non valida: atteso un numero intero ≥ ${min}, trovato "${raw}".`,
    );
  }
  return value;
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = text(env, name)?.toLowerCase();
  if (raw === undefined || raw === null) return fallback;
  return ["1", "true", "yes", "si", "sì", "on"].includes(raw);
}

function list(env: Env, name: string): string[] {
  return (text(env, name) ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
}

function url(env: Env, name: string): string | null {
  const raw = text(env, name);
  if (raw === null) return null;
  try {
    new URL(raw);
  } catch {
    throw new UnioneError("BAD_USAGE", `Impostazione ${name} non valida: "${raw}" non è un indirizzo URL.`);
  }
  return raw;
}

export function loadConfig(flags: GlobalFlags = {}, env: Env = process.env, cwd: string = process.cwd()): Config {
  const debug = flags.debug ?? flag(env, "UNIONE_DEBUG", false);
  return {
    knowledgeDir: resolve(cwd, flags.knowledge ?? text(env, "UNIONE_KNOWLEDGE_DIR") ?? "knowledge"),
    dataDir: resolve(cwd, flags.data ?? text(env, "UNIONE_DATA_DIR") ?? "data"),
    debug,
    logLevel: text(env, "LOG_LEVEL") ?? (debug ? "debug" : "info"),
    slack: {
      botToken: text(env, "SLACK_BOT_TOKEN"),
      signingSecret: text(env, "SLACK_SIGNING_SECRET"),
      appToken: text(env, "SLACK_APP_TOKEN"),
      apiUrl: url(env, "SLACK_API_URL"),
      adminUsers: list(env, "SLACK_ADMIN_USERS"),
      port: integer(env, "PORT", 3000, 0),
      rateLimitPerMinute: integer(env, "RATE_LIMIT_PER_MINUTE", 60, 1),
    },
    llm: llmSettings(env),
    reminders: {
      enabled: flag(env, "REMINDERS_ENABLED", true),
      daysBefore: (list(env, "REMINDER_DAYS").length ? list(env, "REMINDER_DAYS") : ["30", "7", "1"]).map(Number),
      checkIntervalMinutes: integer(env, "REMINDER_CHECK_MINUTES", 60, 1),
    },
    maxFileBytes: integer(env, "MAX_FILE_MB", 50, 1) * 1024 * 1024,
    ingest: {
      workers: integer(env, "INGEST_WORKERS", Math.min(4, availableParallelism()), 0),
      stallMs: integer(env, "INGEST_FILE_TIMEOUT_S", 90, 1) * 1000,
      workerMemoryMb: integer(env, "INGEST_WORKER_MEMORY_MB", 512, 64),
      maxInflatedBytes: integer(env, "MAX_INFLATED_MB", 100, 1) * 1024 * 1024,
      maxPagesPerFile: integer(env, "MAX_PAGES_PER_FILE", 2000, 1),
      maxPassagesPerFile: integer(env, "MAX_PASSAGES_PER_FILE", 20_000, 1),
    },
    ocr: {
      enabled: flag(env, "OCR_ENABLED", true),
      // With no PATH (a bare environment) the system's usual directories, as a shell would.
      searchPath: text(env, "PATH") ?? "/usr/local/bin:/usr/bin:/bin",
      tessdataDir: text(env, "TESSDATA_PREFIX"),
      language: text(env, "OCR_LANGUAGE") ?? "ita",
      pageTimeoutMs: integer(env, "OCR_PAGE_TIMEOUT_S", 60, 1) * 1000,
    },
  };
}

const defaultModels: Record<LlmProvider, string> = {
  openai: "gpt-4o-mini",
  azure: "gpt-4o-mini",
  mistral: "mistral-small-latest",
};

/** Azure OpenAI's generally available REST version when this was written; AZURE_OPENAI_API_VERSION overrides it. */
const defaultAzureApiVersion = "2024-10-21";

/**
 * The provider's own settings. OpenAI stays optional (no key, no model: extractive answers); choosing Azure or
 * Mistral explicitly without its settings is a mistake worth stopping for, not a silent offline mode.
 */
function providerSettings(env: Env, provider: LlmProvider) {
  if (provider === "azure") {
    const apiKey = text(env, "AZURE_OPENAI_API_KEY");
    const baseUrl = url(env, "AZURE_OPENAI_ENDPOINT");
    if (apiKey === null || baseUrl === null)
      throw new UnioneError(
        "BAD_USAGE",
        "Con LLM_PROVIDER=azure servono AZURE_OPENAI_API_KEY e AZURE_OPENAI_ENDPOINT (es. https://NOME.openai.azure.com).",
      );
    return { enabled: true, apiKey, baseUrl };
  }
  if (provider === "mistral") {
    const apiKey = text(env, "MISTRAL_API_KEY");
    if (apiKey === null) throw new UnioneError("BAD_USAGE", "Con LLM_PROVIDER=mistral serve MISTRAL_API_KEY.");
    return { enabled: true, apiKey, baseUrl: url(env, "MISTRAL_BASE_URL") };
  }
  const apiKey = text(env, "OPENAI_API_KEY");
  const baseUrl = url(env, "OPENAI_BASE_URL");
  return { enabled: apiKey !== null || baseUrl !== null, apiKey, baseUrl };
}

function llmSettings(env: Env): LlmConfig {
  const raw = text(env, "LLM_PROVIDER")?.toLowerCase() ?? "openai";
  const provider = llmProviders.find((name) => name === raw);
  if (!provider)
    throw new UnioneError(
      "BAD_USAGE",
      `Impostazione LLM_PROVIDER non valida: "${raw}". Valori ammessi: ${llmProviders.join(", ")}.`,
    );
  const { enabled, apiKey, baseUrl } = providerSettings(env, provider);
  return {
    enabled,
    provider,
    apiKey,
    baseUrl,
    azureApiVersion: text(env, "AZURE_OPENAI_API_VERSION") ?? defaultAzureApiVersion,
    model: text(env, "LLM_MODEL") ?? defaultModels[provider],
    embeddingModel: enabled ? text(env, "EMBEDDING_MODEL") : null,
    timeoutMs: integer(env, "LLM_TIMEOUT_MS", 20_000, 100),
    maxRetries: integer(env, "LLM_MAX_RETRIES", 1, 0),
    maxConcurrency: integer(env, "LLM_MAX_CONCURRENCY", 4, 1),
  };
}

/** Which Slack transport the settings allow, or null when Slack is not configured. */
export function slackMode(config: Config): "socket" | "http" | null {
  const { botToken, signingSecret, appToken } = config.slack;
  if (botToken && appToken) return "socket";
  if (botToken && signingSecret) return "http";
  return null;
}

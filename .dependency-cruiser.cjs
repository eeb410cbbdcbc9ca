/**
 * Import boundaries of src/ (docs/architecture.md). Layers point one way:
 *
 *   core → config → records / knowledge / acts (+ knowledge-check, llm) → index-format → ingestion / retrieval
 *     → answering / drafting / readiness / evidence → commands (router) → transport → app → cli → main.ts
 *
 * Each folder may import only the folders listed for it below (and itself). Folders of the same tier do not
 * import each other, except the arrows written out here (records → knowledge, knowledge-check → knowledge).
 * `acts` and `evidence` are reserved for the recognition of administrative acts and the facts drawn from them.
 */
const lower = {
  core: [],
  config: ["core"],
  knowledge: ["core", "config"],
  acts: ["core"],
  llm: ["core", "config"],
  records: ["core", "config", "knowledge"],
  "knowledge-check": ["core", "config", "knowledge"],
  "index-format": ["core", "config", "knowledge", "acts", "llm"],
  ingestion: ["core", "config", "knowledge", "acts", "llm", "index-format"],
  retrieval: ["core", "config", "knowledge", "llm", "index-format"],
};
const search = [
  "core",
  "config",
  "knowledge",
  "acts",
  "llm",
  "records",
  "knowledge-check",
  "index-format",
  "ingestion",
  "retrieval",
];
Object.assign(lower, {
  answering: search,
  drafting: search,
  readiness: search,
  evidence: search,
});
const useCases = [...search, "answering", "drafting", "readiness", "evidence"];
Object.assign(lower, {
  commands: useCases,
  transport: [...useCases, "commands"],
  app: [...useCases, "commands", "transport"],
  cli: [...useCases, "commands", "transport", "app"],
});

const folders = Object.keys(lower);
const alternatives = (names) => names.map((name) => name.replace(/-/g, "\\-")).join("|");

const layerRules = folders.map((folder) => ({
  name: `layer-${folder}`,
  comment: `src/${folder} may import only: ${lower[folder].join(", ") || "nothing else in src"}.`,
  severity: "error",
  from: { path: `^src/${folder}/` },
  to: {
    path: "^src/",
    pathNot: [`^src/(${alternatives([folder, ...lower[folder]])})/`, "\\.d\\.ts$"],
  },
}));

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: "main-is-the-entry",
      comment: "src/main.ts only starts the command line; nothing imports it.",
      severity: "error",
      from: { path: "^src/(?!main\\.ts$)" },
      to: { path: "^src/main\\.ts$" },
    },
    {
      name: "slack-and-console-are-separate",
      comment: "The console transport never imports the Slack one (Slack reuses the console's text rendering).",
      severity: "error",
      from: { path: "^src/transport/console/" },
      to: { path: "^src/transport/slack/" },
    },
    {
      name: "transports-only-translate",
      comment:
        "Transports and the command line reach storage, search, ingestion and models only through the router: " +
        "types of those layers may be named, nothing of them may run.",
      severity: "error",
      from: { path: "^src/(transport|cli)/" },
      to: { path: "^src/(records|retrieval|ingestion|index-format|llm)/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "no-circular",
      comment: "No import cycle, even inside a folder.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "not-to-unresolvable",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: "not-to-dev-dep",
      comment: "Production code does not import development dependencies.",
      severity: "error",
      from: { path: "^src/" },
      to: { dependencyTypes: ["npm-dev"] },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".js", ".mjs", ".cjs", ".d.ts", ".json"],
    },
    reporterOptions: {
      archi: { collapsePattern: "^src/(transport/[^/]+|[^/]+)" },
    },
  },
};

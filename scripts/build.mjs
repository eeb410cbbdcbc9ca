// `npm run build` (run by `npm ci` through `prepare`): compiles src/ into dist/ for a fast start of `unione`.
// esbuild strips types (`npm run typecheck` checks them) and bundles our modules, split at every dynamic import so
// that a command still loads only what it uses; a few pure-JavaScript packages of many small files (zod, yaml) go
// into the bundle too. Measured on `unione ask`: about a quarter less CPU than one file per module, since each
// module Node loads costs a resolution, a read and a compilation. Every other package stays in node_modules:
// native addons, packages that locate files of their own, and LangChain, whose classes must stay one copy.
// The stamp is written last, with the signature of the sources read before compiling: bin/unione.js runs dist/
// only when the stamp matches src/ now, so a failed build or a later edit falls back to the sources through tsx.
import { rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { build } from "esbuild";
import { sourceSignature, stampFile } from "./source-signature.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// --outdir: a build elsewhere (a test of the compiled code); it must sit inside the project to find node_modules.
const { values } = parseArgs({ options: { outdir: { type: "string" } } });
const output = values.outdir ? resolve(values.outdir) : join(root, "dist");
const signature = sourceSignature(join(root, "src"));
const bundledPackages = new Set(["zod", "yaml", "snowball-stemmers", "stopwords-it"]);

const packageName = (specifier) =>
  specifier
    .split("/")
    .slice(0, specifier.startsWith("@") ? 2 : 1)
    .join("/");
const keepPackagesExternal = {
  name: "keep-packages-external",
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      bundledPackages.has(packageName(args.path)) ? undefined : { path: args.path, external: true },
    );
  },
};

rmSync(output, { recursive: true, force: true });
await build({
  // The parse worker is a second entry: ingest starts it as dist/parse-worker.js, beside the chunk that starts it.
  entryPoints: {
    main: join(root, "src", "main.ts"),
    "parse-worker": join(root, "src", "ingestion", "parse-worker.ts"),
  },
  outdir: output,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  // 20.10: the first Node 20 with import attributes (`with { type: "json" }`), which esbuild drops below it.
  target: "node20.10",
  plugins: [keepPackagesExternal],
  // The bundled CommonJS packages call require() for Node's own modules.
  banner: {
    js: 'import { createRequire as __unioneRequire } from "node:module"; const require = __unioneRequire(import.meta.url);',
  },
  sourcemap: true,
  logLevel: "warning",
});
writeFileSync(join(output, stampFile), `${JSON.stringify({ source: signature })}\n`);

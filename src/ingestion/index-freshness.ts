/**
 * Whether the index on disk can serve this version of the program. An index built by an earlier chunker or analyzer
 * holds terms the questions are no longer analysed into ("vigil" for "vigilanza"): searching it would quietly give
 * worse answers. Such an index is stale and is rebuilt, like a missing one, before the first question.
 */
import { type IndexStore, indexFormatVersion } from "../index-format/index-store.js";
import { chunkerVersion } from "./chunker-version.js";

export type IndexState = "missing" | "stale" | "current";

export function indexState(store: Pick<IndexStore, "currentGeneration" | "readManifest">): IndexState {
  const generation = store.currentGeneration();
  if (generation === null) return "missing";
  const manifest = store.readManifest(generation);
  const current = manifest?.chunker === chunkerVersion && manifest.formatVersion === indexFormatVersion;
  return current ? "current" : "stale";
}

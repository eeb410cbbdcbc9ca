/** What is embedded for a passage: the title travels with it, so "L.R. 21/2012" or a file name helps the vector match too. */
import type { Chunk } from "../core/types.js";

export function embeddingText(chunk: Chunk): string {
  return [chunk.title, chunk.article, chunk.text].filter(Boolean).join("\n");
}

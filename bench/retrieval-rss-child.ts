/**
 * Child process of the retrieval bench: loads an on-disk index the way the bot does (createKnowledgePipeline),
 * answers questions extractively, and prints its own RSS, so the figure is the serving process's memory and not
 * the bench's leftovers (PDF parsing, the 100k case).
 */

import { createKnowledgePipeline } from "../src/app/knowledge-pipeline.js";
import { loadConfig } from "../src/config/config.js";
import { silentLogger } from "../src/core/logger.js";
import { syntheticQueries } from "./retrieval-synthetic.js";

const [knowledgeDir, dataDir] = process.argv.slice(2);
const pipeline = await createKnowledgePipeline(
  loadConfig({ knowledge: knowledgeDir, data: dataDir }, {}),
  silentLogger(),
  { chatModel: null },
);
for (let round = 0; round < 50; round++)
  await pipeline.ask.ask(syntheticQueries[round % syntheticQueries.length]!, { scope: { kind: "all" } });
process.stdout.write(`${JSON.stringify({ rssMb: process.memoryUsage().rss / 2 ** 20 })}\n`);

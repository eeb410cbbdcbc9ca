import path from "node:path";

/**
 * How a knowledge file is named in problem messages: relative to the working directory when the knowledge
 * folder sits under it ("knowledge/unioni/x/record.yaml"), absolute otherwise, always with forward slashes.
 */
export function displayPath(knowledgeDir: string, relativePath: string, workingDir: string = process.cwd()): string {
  const absolute = path.resolve(knowledgeDir, relativePath);
  const relative = path.relative(workingDir, absolute);
  const shown = relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : absolute;
  return shown.split(path.sep).join("/");
}

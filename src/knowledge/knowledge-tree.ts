/**
 * Walks the knowledge folder as ingest and `unione check` see it. A file's scope comes from where it really is,
 * so symbolic links are judged by their real target and never followed: a link out of the folder (a link to
 * /etc/passwd under law/ would make it answerable by anyone), a link that changes a file's Unione (one Unione's
 * folder pointing at another's documents) or a loop (`ln -s .. law/loop`) is reported; a link to a file or folder
 * already in the tree adds nothing, since the walk lists every real file once, under its real path. A file lying
 * directly in unioni/ belongs to no Unione: reported, never shared.
 */
import { type Dirent, readdirSync, realpathSync, statSync } from "node:fs";
import { extname, join, relative, sep } from "node:path";
import { unreadableReason } from "./read-text-file.js";
import { classifySource } from "./source-kind.js";

export interface TreeFile {
  /** Relative to the knowledge folder, with forward slashes. */
  path: string;
  absolutePath: string;
  size: number;
}

export interface TreeProblem {
  /** The path as it appears in the folder (the link's own path for a link). */
  path: string;
  reason: string;
  /** Errors are content that is refused; warnings are links that add nothing. */
  severity: "error" | "warning";
}

export interface TreeFilter {
  /** Folders and files to leave out entirely (hidden ones, editors' READMEs…). */
  ignore(name: string): boolean;
  /** Files the caller wants listed (by extension, say). */
  accept(name: string): boolean;
}

/** The formats ingest reads. YAML/JSON are data (records, rules, glossary), not passages; READMEs speak to editors. */
export const documentExtensions = new Set([".pdf", ".md", ".txt", ".rst", ".docx"]);

export const documentFilter: TreeFilter = {
  ignore: (name) => name.startsWith(".") || name === "node_modules" || name.toLowerCase() === "readme.md",
  accept: (name) => documentExtensions.has(extname(name).toLowerCase()),
};

export function walkKnowledgeTree(
  knowledgeDir: string,
  filter: TreeFilter,
): { files: TreeFile[]; problems: TreeProblem[] } {
  const root = realpathSync(knowledgeDir);
  const files: TreeFile[] = [];
  const problems: TreeProblem[] = [];
  const visit = (directory: string) => {
    for (const entry of sortedEntries(directory)) {
      if (filter.ignore(entry.name)) continue;
      const absolutePath = join(directory, entry.name);
      const path = toForwardSlashes(relative(root, absolutePath));
      if (entry.isSymbolicLink()) {
        const problem = judgeLink(root, absolutePath, path, filter);
        if (problem) problems.push(problem);
      } else if (entry.isDirectory()) visit(absolutePath);
      else if (entry.isFile() && filter.accept(entry.name)) {
        if (isLooseUnioniFile(path)) problems.push(looseFileProblem(path));
        else files.push({ path, absolutePath, size: statSync(absolutePath).size });
      }
    }
  };
  visit(root);
  return { files: files.sort((left, right) => left.path.localeCompare(right.path)), problems };
}

/** A file in unioni/ but in no Unione's folder. */
export function isLooseUnioniFile(path: string): boolean {
  const parts = path.split("/");
  return parts.length === 2 && parts[0] === "unioni";
}

function judgeLink(root: string, absolutePath: string, path: string, filter: TreeFilter): TreeProblem | null {
  let target: string;
  let isDirectory: boolean;
  try {
    target = realpathSync(absolutePath);
    isDirectory = statSync(target).isDirectory();
  } catch (error) {
    return refused(path, unreadableReason(error));
  }
  if (target !== root && !target.startsWith(`${root}${sep}`))
    return refused(path, "collegamento simbolico verso un percorso fuori dalla cartella della conoscenza: non seguito");
  const targetPath = toForwardSlashes(relative(root, target));
  if (isDirectory && (targetPath === "" || path.startsWith(`${targetPath}/`)))
    return refused(path, "ciclo di collegamenti simbolici (punta a una cartella che lo contiene): non seguito");
  if (!isDirectory && !filter.accept(path) && !filter.accept(target)) return null;
  if (!isDirectory && isLooseUnioniFile(path)) return looseFileProblem(path);
  // The scope a file would get at the link's place, against the scope it has where it really is.
  const here = classifySource(isDirectory ? `${path}/x` : path).unione;
  const there = classifySource(isDirectory ? `${targetPath}/x` : targetPath).unione;
  if (here !== there)
    return refused(
      path,
      "collegamento simbolico verso documenti di un altro ambito (un'altra Unione o materiale condiviso): non seguito",
    );
  return {
    path,
    reason: `collegamento simbolico a ${targetPath}, già indicizzato dal suo percorso reale`,
    severity: "warning",
  };
}

function refused(path: string, reason: string): TreeProblem {
  return { path, reason, severity: "error" };
}

function looseFileProblem(path: string): TreeProblem {
  return refused(
    path,
    "file direttamente nella cartella unioni/, fuori da ogni Unione: non indicizzato (va messo in unioni/<id>/)",
  );
}

function sortedEntries(directory: string): Dirent[] {
  return readdirSync(directory, { withFileTypes: true }).sort((left, right) => left.name.localeCompare(right.name));
}

function toForwardSlashes(path: string): string {
  return path.split(sep).join("/");
}

/** The folder knowledge/unioni/<id> must carry the record with that id: channels and links use the folder name. */
import type { CheckProblem } from "../knowledge/check-problem.js";
import type { KnowledgeCheck } from "./knowledge-snapshot.js";
import { recordProblem } from "./problem.js";

export const checkFolderId: KnowledgeCheck = (snapshot) =>
  snapshot.records.flatMap((file): CheckProblem[] => {
    const raw = file.raw as { id?: unknown } | null;
    const id = typeof raw?.id === "string" ? raw.id : null;
    if (id === null || id === file.folder) return [];
    return [
      recordProblem(
        file,
        ["id"],
        `l'id "${id}" non corrisponde al nome della cartella "${file.folder}": rinominare la cartella o correggere l'id`,
      ),
    ];
  });

/**
 * Reads a knowledge file as text without throwing: a dangling symbolic link, a link loop, a folder where a file
 * was expected or a file without read permission becomes an Italian reason that `unione check` reports against
 * the file, instead of stopping every check with "errore interno".
 */
import { readFileSync } from "node:fs";

// The same wording wherever a file is met (the folder walk, the law files, the templates): `unione check` then
// lists one problem per file, and each says what to do.
const reasons: Record<string, string> = {
  ENOENT:
    "collegamento simbolico interrotto o file mancante: ripristinare il file a cui punta oppure rimuovere il collegamento",
  ELOOP: "collegamento simbolico circolare: rimuovere il collegamento o farlo puntare a un file vero",
  EACCES: "permesso di lettura negato: concedere la lettura del file all'utente che esegue l'assistente",
  EPERM: "lettura non permessa: concedere la lettura del file all'utente che esegue l'assistente",
  EISDIR: "è una cartella, non un file: rinominarla o spostarla",
};

export type TextFile = { text: string; error: null } | { text: null; error: string };

export function unreadableReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    (typeof code === "string" && reasons[code]) ||
    `file non leggibile (${typeof code === "string" ? code : "errore del file system"}): controllarne i permessi e il contenuto`
  );
}

export function readTextFile(filePath: string): TextFile {
  try {
    return { text: readFileSync(filePath, "utf8"), error: null };
  } catch (error) {
    return { text: null, error: unreadableReason(error) };
  }
}

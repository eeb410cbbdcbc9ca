/** Acts across the files of a run: annexes linked to their act in the same folder, recomputed at every run. */
import { describe, expect, it } from "vitest";
import { type ActInfo, recognizeAct } from "../../../src/acts/index.js";
import type { Chunk } from "../../../src/core/types.js";
import type { FileEntry } from "../../../src/index-format/index-store.js";
import { fileAct, fileActStamp, linkFileActs } from "../../../src/ingestion/file-acts.js";

const giunta =
  "COMUNE DI VALLEVERDE\nDELIBERAZIONE DELLA GIUNTA COMUNALE\nN. 45 DEL 24/03/2026\nOGGETTO: APPROVAZIONE DEL PIAO 2026-2028.";
const annex =
  "PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE 2026-2028\nSezione 1. Scheda anagrafica dell'amministrazione";

function entry(path: string, act: ActInfo | null, title = path): FileEntry {
  const base: FileEntry = { path, hash: "h", size: 1, title, kind: "document", unione: null, pages: 1, chunks: 1 };
  return act ? { ...base, act } : base;
}

const main = (folder: string) =>
  entry(`${folder}/Delibera_45__5439_DeliberadiGiunta_Copia_45_2026_1.pdf`, recognizeAct([giunta], "x.pdf"));
const piao = (folder: string) =>
  entry(
    `${folder}/Delibera_45__5439_PIAO_2026_-_2028_2.pdf`,
    recognizeAct([annex], "Delibera_45__5439_PIAO_2026_-_2028_2.pdf"),
  );

describe("linkFileActs", () => {
  it("links an annex to the act published with it in its folder, and its title follows", () => {
    const [act, linked] = linkFileActs([main("documenti/albo"), piao("documenti/albo")]);
    expect(act!.annexOf).toBeUndefined();
    expect(linked!.annexOf).toMatchObject({ type: "delibera", organ: "giunta", number: "45" });
    expect(linked!.title).toContain("allegato alla Delibera di Giunta n. 45 del 24/03/2026");
    // The file's own recognition is kept as read; the link lives beside it.
    expect(linked!.act!.parent?.number ?? null).toBeNull();
    expect(fileAct(linked!)?.parent).toMatchObject({ number: "45" });
  });

  it("never links across folders, and drops a link whose act is gone (bad input: the act file was removed)", () => {
    const [, elsewhere] = linkFileActs([main("documenti/albo"), piao("documenti/altro")]);
    expect(elsewhere!.annexOf).toBeUndefined();
    const [stale] = linkFileActs([
      {
        ...piao("documenti/albo"),
        annexOf: { type: "delibera", organ: "giunta", number: "45", date: null, year: 2026 },
      },
    ]);
    expect(stale!.annexOf).toBeUndefined();
    expect(stale!.title).not.toContain("allegato alla");
  });

  it("leaves files that are no act as they are", () => {
    const law = entry("law/lr.md", null, "L.R. 21/2012");
    expect(linkFileActs([law])).toEqual([law]);
  });
});

describe("fileActStamp", () => {
  it("gives every passage its file's current title and act, and takes an old act off a file that is no act", () => {
    const [, linked] = linkFileActs([main("documenti/albo"), piao("documenti/albo")]);
    const chunk: Chunk = {
      id: "p#1",
      path: linked!.path,
      title: "vecchio",
      kind: "document",
      unione: null,
      article: null,
      page: 1,
      text: "x",
    };
    const stamped = fileActStamp(linked!)(chunk);
    expect(stamped.title).toBe(linked!.title);
    expect(stamped.act).toMatchObject({ type: "piano", parent: { number: "45" } });
    expect(stamped.act!.label).toBe(linked!.title);
    const plain = fileActStamp(entry("documenti/nota.pdf", null, "Nota"))({ ...chunk, act: stamped.act });
    expect(plain.act).toBeUndefined();
    expect(plain.title).toBe("Nota");
  });
});

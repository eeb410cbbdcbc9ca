/**
 * The kinds of administrative act a Comune or an Unione publishes, the organs that adopt them, and the
 * metadata recognised for one document. Values are Italian words because they reach JSON output and filters
 * ("delibera", "giunta") as they are.
 */

export type ActType =
  | "delibera"
  | "determinazione"
  | "ordinanza"
  | "decreto"
  | "avviso"
  | "bando"
  | "verbale"
  | "regolamento"
  | "piano"
  | "programma"
  | "relazione"
  | "parere"
  | "convenzione"
  | "statuto"
  | "comunicazione"
  | "allegato";

/** Who adopted the act. `responsabile`: a head of service (determinazioni, ordinanze dirigenziali). */
export type ActOrgan =
  | "giunta"
  | "consiglio"
  | "sindaco"
  | "presidente"
  | "dirigente"
  | "responsabile"
  | "segretario"
  | "revisore"
  | "commissario";

/** Where a field's value was read: the document's text, or only its file name (a hint, less certain). */
export type FieldSource = "testo" | "nome-file";

/** A reference to an act: enough to cite it and to filter on it. Unknown fields are null, never guessed. */
export interface ActRef {
  type: ActType | null;
  organ: ActOrgan | null;
  /** As printed: "42", "14-bis". For a determinazione, the general register number when stated. */
  number: string | null;
  /** ISO "YYYY-MM-DD". */
  date: string | null;
  year: number | null;
}

export interface ActInfo extends ActRef {
  /** "impegno", "liquidazione", "impegno e liquidazione", "a contrarre", … when the act states it. */
  subKind: string | null;
  /** A determinazione's number in its service's own register ("N. 100" beside "Registro Generale N. 145"). */
  sectorNumber: string | null;
  /** OGGETTO, or a title for documents without one (regolamenti, piani); one line, at most ~300 characters. */
  subject: string | null;
  /** "Comune di Avella", from the letterhead. */
  ente: string | null;
  /** For an annex: "Allegato A" when the document or its file name says so. */
  annexLabel: string | null;
  /** What the file name says the document is ("Nuovo Organigramma Comunale"): names an annex without a title. */
  fileDescription?: string | null;
  /** For an annex: the act it belongs to, as far as the text or the file name say. */
  parent: ActRef | null;
  /** Protocol number and date printed by the act itself ("Prot. n. 2856 dell'11.03.2026"). */
  protocol: { number: string; date: string | null } | null;
  /** Where type, number and date came from; a value from the file name only is a hint, not a certainty. */
  sources: { type: FieldSource | null; number: FieldSource | null; date: FieldSource | null };
  /** False when the document has no text layer (a scan): everything then comes from the file name. */
  hasText: boolean;
}

/** The main acts: they carry their own number and date. Other types are documents filed with an act. */
export const numberedActTypes: ReadonlySet<ActType> = new Set(["delibera", "determinazione", "ordinanza", "decreto"]);

const typeNames: Record<ActType, string> = {
  delibera: "Delibera",
  determinazione: "Determinazione",
  ordinanza: "Ordinanza",
  decreto: "Decreto",
  avviso: "Avviso",
  bando: "Bando",
  verbale: "Verbale",
  regolamento: "Regolamento",
  piano: "Piano",
  programma: "Programma",
  relazione: "Relazione",
  parere: "Parere",
  convenzione: "Convenzione",
  statuto: "Statuto",
  comunicazione: "Comunicazione",
  allegato: "Allegato",
};

/** "Delibera di Giunta", "Ordinanza sindacale", "Decreto del Sindaco", "Determinazione". */
export function actKindName(type: ActType | null, organ: ActOrgan | null): string {
  if (!type) return "Documento";
  const name = typeNames[type];
  if (type === "delibera" && organ === "giunta") return "Delibera di Giunta";
  if (type === "delibera" && organ === "consiglio") return "Delibera di Consiglio";
  if (type === "delibera" && organ === "commissario") return "Delibera del Commissario";
  if (type === "ordinanza" && organ === "sindaco") return "Ordinanza sindacale";
  if (type === "ordinanza" && (organ === "dirigente" || organ === "responsabile")) return "Ordinanza dirigenziale";
  if (type === "decreto" && organ === "sindaco") return "Decreto sindacale";
  if (type === "decreto" && organ === "presidente") return "Decreto del Presidente";
  if (type === "decreto" && (organ === "dirigente" || organ === "responsabile")) return "Decreto dirigenziale";
  if (type === "verbale" && organ === "revisore") return "Verbale del Revisore dei conti";
  return name;
}

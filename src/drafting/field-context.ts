/** What the fields of a draft are computed from: the record, the catalogue, the rules and the sector laws. */
import type { FunctionCatalog, FunctionInfo } from "../knowledge/function-catalog.js";
import type { FunctionRecord, UnioneRecord } from "../knowledge/record-schema.js";
import type { CostShares } from "./cost-sharing.js";
import type { SectorLaws } from "./sector-laws.js";

export interface FieldContext {
  record: UnioneRecord;
  catalog: FunctionCatalog;
  funzione: FunctionInfo | null;
  /** The perimeter text of the catalogue (functions.yaml `description`), when present. */
  functionDescription: string | null;
  /** The Unione's record of that function, when it has one. */
  functionRecord: FunctionRecord | null;
  durationYears: number;
  minimumDurationYears: number;
  costShares: CostShares;
  today: Date;
  /** The sector laws and what stays with the Sindaco (knowledge/rules/sector-laws.yaml). */
  sectorLaws: SectorLaws;
  /** Facts a field used that the segretario should double-check; listed under "Dati da verificare". */
  verify: Set<string>;
}

/** Access rules (docs/architecture.md): who may read which Unione's records. */
import type { AccessScope } from "./types.js";

/**
 * A channel bound to an Unione sees law, templates and that Unione's records. Unbound channels and DMs see
 * law and templates only, except admins, who see everything. Even an admin in a bound channel sees only that
 * Unione there, so that nothing of another Unione is posted where its members read.
 */
export function scopeFor(boundUnione: string | null, isAdmin: boolean): AccessScope {
  if (boundUnione) return { kind: "unione", unione: boundUnione };
  return isAdmin ? { kind: "all" } : { kind: "public" };
}

/** True when a passage or record of `unione` (null: shared material) may be shown under `scope`. */
export function scopeAllows(scope: AccessScope, unione: string | null): boolean {
  if (unione === null) return true;
  if (scope.kind === "all") return true;
  return scope.kind === "unione" && scope.unione === unione;
}

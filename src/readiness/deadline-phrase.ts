/** Italian wording of the distance to a deadline, shared by the status text, the dashboard and the reminders. */
import { formatDate } from "../core/italian-format.js";

/** "tra 15 giorni", "domani", "oggi", "scaduta ieri", "scaduta da 3 giorni". */
export function daysPhrase(days: number): string {
  if (days > 1) return `tra ${days} giorni`;
  if (days === 1) return "domani";
  if (days === 0) return "oggi";
  if (days === -1) return "scaduta ieri";
  return `scaduta da ${-days} giorni`;
}

/** "30/06/2024 (tra 15 giorni)", or "nessuna scadenza fissata". */
export function deadlinePhrase(deadline: string | null, days: number | null | undefined): string {
  if (deadline === null) return "nessuna scadenza fissata";
  return days === null || days === undefined ? formatDate(deadline) : `${formatDate(deadline)} (${daysPhrase(days)})`;
}

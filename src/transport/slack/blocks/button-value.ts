/**
 * A button's value as the buttons of this app write it: a small JSON object. Slack sends it back as any client
 * chose to, so a missing, malformed or non-object value reads as null, never as an exception.
 */
export function readButtonValue(raw: string | undefined): Record<string, unknown> | null {
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

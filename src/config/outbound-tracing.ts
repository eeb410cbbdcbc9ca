/**
 * Nothing leaves the machine unless a model is configured: LangChain would send every question and passage to
 * LangSmith when its tracing variables are set in the environment (even by accident, from another project's
 * shell). The composition root calls this once at start; the variables are forced off for this process.
 */
const tracingVariables = ["LANGSMITH_TRACING", "LANGSMITH_TRACING_V2", "LANGCHAIN_TRACING_V2", "LANGCHAIN_TRACING"];

/** Returns the names that were set to something other than "false" (for one warning line). */
export function disableOutboundTracing(env: Record<string, string | undefined> = process.env): string[] {
  const wasOn = tracingVariables.filter((name) => env[name] !== undefined && env[name]!.toLowerCase() !== "false");
  for (const name of tracingVariables) env[name] = "false";
  return wasOn;
}

/**
 * Mistral's client has no timeout setting of its own that LangChain passes on, and without one a dead server
 * blocks a question for minutes: every request gets an AbortSignal that fires after LLM_TIMEOUT_MS.
 */
import { HTTPClient } from "@mistralai/mistralai/lib/http.js";

export function mistralHttpClient(timeoutMs: number): HTTPClient {
  return new HTTPClient({
    fetcher: (input, init) => {
      const signals = [AbortSignal.timeout(timeoutMs)];
      const own = init?.signal ?? (input instanceof Request ? input.signal : null);
      if (own) signals.push(own);
      return fetch(input, { ...init, signal: AbortSignal.any(signals) });
    },
  });
}

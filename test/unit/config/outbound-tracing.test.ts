import { describe, expect, it } from "vitest";
import { disableOutboundTracing } from "../../../src/config/outbound-tracing.js";

describe("outbound tracing", () => {
  it("forces LangChain/LangSmith tracing off and says which variables were on", () => {
    const env: Record<string, string | undefined> = { LANGSMITH_TRACING: "true", LANGCHAIN_TRACING_V2: "false" };
    expect(disableOutboundTracing(env)).toEqual(["LANGSMITH_TRACING"]);
    expect(env.LANGSMITH_TRACING).toBe("false");
    expect(env.LANGCHAIN_TRACING_V2).toBe("false");
    expect(env.LANGCHAIN_TRACING).toBe("false");
  });
});

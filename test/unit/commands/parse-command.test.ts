import { describe, expect, it } from "vitest";
import { parseCommand } from "../../../src/commands/parse-command.js";

describe("parseCommand", () => {
  it("maps Italian and English aliases to the same subcommand", () => {
    expect(parseCommand("stato delta")).toEqual({ name: "status", unione: "delta" });
    expect(parseCommand("/unione status")).toEqual({ name: "status", unione: null });
    expect(parseCommand("CHIEDI cosa dice l'art. 24?")).toEqual({ name: "ask", question: "cosa dice l'art. 24?" });
    expect(parseCommand("aiuto").name).toBe("help");
    expect(parseCommand("fonti").name).toBe("sources");
    expect(parseCommand("aggiorna-indice").name).toBe("reindex");
    expect(parseCommand("collega terre del delta")).toEqual({ name: "bind", unione: "terre del delta" });
  });

  it("keeps quoted words together in draft arguments", () => {
    expect(parseCommand('bozza convenzione "protezione civile" delta')).toEqual({
      name: "draft",
      args: ["convenzione", "protezione civile", "delta"],
    });
  });

  it("treats free text as a question, and an empty line as empty", () => {
    expect(parseCommand("possiamo lasciare un vigile al Comune?")).toEqual({
      name: "ask",
      question: "possiamo lasciare un vigile al Comune?",
    });
    expect(parseCommand("   ")).toEqual({ name: "empty" });
    expect(parseCommand("/unione")).toEqual({ name: "empty" });
  });

  it("suggests the closest subcommand for a mistyped one, not for a sentence", () => {
    const parsed = parseCommand("stauts delta");
    expect(parsed.name).toBe("unknown");
    expect(parsed.name === "unknown" && parsed.suggestions).toContain("status");
    expect(parseCommand("statuto dell'unione: quanto dura?").name).toBe("ask");
  });
});

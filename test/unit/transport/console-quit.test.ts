/** The local console ends at "esci" (or "exit"): typed as a question it would only get "Non ho trovato". */
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import type { CommandRouter } from "../../../src/commands/command-router.js";
import { runConsole } from "../../../src/transport/console/console-session.js";

describe("the local console", () => {
  it("stops reading at 'esci' and never sends it to the router", async () => {
    const handled: string[] = [];
    const router = {
      handle: async (text: string) => {
        handled.push(text);
        return { type: "message", level: "info", text: `ok: ${text}` };
      },
    } as unknown as CommandRouter;
    const input = new PassThrough();
    const printed: string[] = [];
    const done = runConsole({ router, input, output: (text) => printed.push(text) });
    input.end("chi presiede la giunta?\nesci\nquesta non va letta\n");
    await done;
    expect(handled).toEqual(["chi presiede la giunta?"]);
    expect(printed.join("\n")).not.toContain("questa non va letta");
  });
});

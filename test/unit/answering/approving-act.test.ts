/**
 * "quando è stato approvato il PEBA?" is answered by a line that names the approval and the act that made it, even
 * with no date written out ("approvato il proprio P.E.B.A. con deliberazione di G.C. n. 97/2023"). Tried: that line,
 * a line citing earlier acts without an approval, and the same approval line for a question that asks no act.
 */
import { describe, expect, it } from "vitest";
import { carriesAsked, namesApprovingAct } from "../../../src/answering/missing-parts.js";
import { analyzeQuestion } from "../../../src/answering/question-analysis.js";

const approval =
  "Il Comune di Avella ha approvato il proprio P.E.B.A. con deliberazione di G.C. n. 97/2023 e relativi allegati.";
const recalled = "RICHIAMATO i precedenti decreti sindacali n. 2/2026 e il n. 7/2026;";

describe("an approval stated with its act", () => {
  it("is read as the answer to when something was approved", () => {
    expect(namesApprovingAct(approval)).toBe(true);
    const question = analyzeQuestion("il PEBA del comune quando è stato approvato?");
    expect(carriesAsked(approval, "date", question)).toBe(true);
  });

  it("is not read into a line that only cites acts, nor for a question that asks no act", () => {
    expect(namesApprovingAct(recalled)).toBe(false);
    const question = analyzeQuestion("il PEBA del comune quando è stato approvato?");
    expect(carriesAsked(recalled, "date", question)).toBe(false);
    expect(carriesAsked(approval, "date", analyzeQuestion("da che data parte il rinnovo?"))).toBe(false);
  });
});

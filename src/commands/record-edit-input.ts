/** A submitted data-entry form: one function of an Unione, or its programme documents. */
import type { DeliverablesEditInput } from "./deliverables-edit.js";
import type { FunctionEditInput } from "./function-edit.js";

export type RecordEditInput = FunctionEditInput | DeliverablesEditInput;

/** Modal submissions: the data-entry forms. */
import type { App } from "@slack/bolt";
import { VIEW_IDS } from "../../blocks/record-modal.js";
import type { SlackDeps } from "../../slack-deps.js";
import { submitRecordForm } from "./record-form-submit.js";

export function register(app: App, deps: SlackDeps): void {
  app.view(VIEW_IDS.function, submitRecordForm(deps));
  app.view(VIEW_IDS.deliverables, submitRecordForm(deps));
}

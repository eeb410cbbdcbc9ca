/** Slash commands. The app has one, `/unione`; any command routed to this app is treated the same. */
import type { App } from "@slack/bolt";
import type { SlackDeps } from "../../slack-deps.js";
import { unioneCommand } from "./unione-command.js";

export function register(app: App, deps: SlackDeps): void {
  app.command(/^\/.+/, unioneCommand(deps));
}

/** Events API listeners: mentions, messages (DMs and thread follow-ups), App Home. */
import type { App } from "@slack/bolt";
import type { SlackDeps } from "../../slack-deps.js";
import { appHomeOpened } from "./app-home-opened.js";
import { appMention } from "./app-mention.js";
import { message } from "./message.js";

export function register(app: App, deps: SlackDeps): void {
  app.event("app_mention", appMention(deps));
  app.event("message", message(deps));
  app.event("app_home_opened", appHomeOpened(deps));
}

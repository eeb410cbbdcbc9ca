/** App Home: publish the dashboard of the Unioni the user may see. */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import { homeView } from "../../blocks/home-view.js";
import { homeUnioni } from "../../home-unioni.js";
import type { SlackDeps } from "../../slack-deps.js";

export function appHomeOpened(deps: SlackDeps) {
  return async ({ event, client }: SlackEventMiddlewareArgs<"app_home_opened"> & AllMiddlewareArgs): Promise<void> => {
    if (event.tab && event.tab !== "home") return;
    const started = deps.clock().getTime();
    const isAdmin = deps.slack.adminUsers.includes(event.user);
    const today = deps.clock();
    const { entries, notice } = await homeUnioni({
      client,
      user: event.user,
      isAdmin,
      router: deps.router,
      today,
      logger: deps.logger,
    });
    await client.views.publish({ user_id: event.user, view: homeView(entries, { isAdmin, today, notice }) });
    deps.logger.info(
      {
        kind: "home",
        user: event.user,
        command: "home",
        outcome: "published",
        unioni: entries.length,
        latencyMs: deps.clock().getTime() - started,
      },
      "home pubblicata",
    );
  };
}

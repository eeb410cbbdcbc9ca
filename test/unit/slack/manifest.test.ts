/** The app manifest in the repo matches what the code listens to and calls. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

interface Manifest {
  features: {
    slash_commands: { command: string }[];
    app_home: { home_tab_enabled: boolean; messages_tab_enabled: boolean };
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[] };
    interactivity: { is_enabled: boolean };
    socket_mode_enabled: boolean;
  };
}

const manifest = parse(readFileSync(join(process.cwd(), "slack-manifest.yaml"), "utf8")) as Manifest;

describe("slack-manifest.yaml", () => {
  it("declares /unione, App Home and the DM tab", () => {
    expect(manifest.features.slash_commands.map((command) => command.command)).toEqual(["/unione"]);
    expect(manifest.features.app_home).toMatchObject({ home_tab_enabled: true, messages_tab_enabled: true });
  });

  it("subscribes to the events the listeners handle", () => {
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual(
      ["app_home_opened", "app_mention", "message.channels", "message.groups", "message.im"].sort(),
    );
  });

  it("asks for every scope the code needs", () => {
    for (const scope of [
      "commands",
      "chat:write",
      "files:write",
      "im:history",
      "channels:history",
      "groups:history",
      "app_mentions:read",
      "users:read",
      "channels:read",
      "groups:read",
      "im:write",
    ]) {
      expect(manifest.oauth_config.scopes.bot).toContain(scope);
    }
  });

  it("enables interactivity (buttons) and Socket Mode", () => {
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });
});

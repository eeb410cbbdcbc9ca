/**
 * Socket Mode end to end on loopback: apps.connections.open on the fake Web API, a fake Socket Mode WebSocket,
 * a slash command envelope acked over the socket and answered on response_url; /healthz follows the socket.
 */
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config/config.js";
import { silentLogger } from "../../../src/core/logger.js";
import { createBindingStore } from "../../../src/records/binding-store.js";
import { openMemoryDatabase } from "../../../src/records/database.js";
import { createFeedbackStore } from "../../../src/records/feedback-store.js";
import { createSlackApp, type SlackAppHandle } from "../../../src/transport/slack/create-slack-app.js";
import { type FakeSlackApi, startFakeSlackApi } from "../../support/fake-slack-api.js";
import { type FakeSocketModeServer, startFakeSocketModeServer } from "./fake-socket-mode-server.js";
import { scriptedRouter } from "./scripted-services.js";
import { blockText } from "./slack-harness.js";

let api: FakeSlackApi;
let socketServer: FakeSocketModeServer;
let slack: SlackAppHandle | null = null;

afterEach(async () => {
  await slack?.stop().catch(() => undefined);
  await socketServer?.close();
  await api?.close();
});

describe("Socket Mode", () => {
  it("connects through apps.connections.open, acks a slash command over the socket and replies on response_url", async () => {
    api = await startFakeSlackApi();
    socketServer = await startFakeSocketModeServer();
    api.answerMethod("apps.connections.open", { ok: true, url: socketServer.url });
    const database = openMemoryDatabase();
    const bindings = createBindingStore(database);
    const config = loadConfig(
      {},
      { SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1", SLACK_API_URL: api.apiUrl, PORT: "0" },
    );
    slack = createSlackApp({
      config,
      router: scriptedRouter().build({ bindings, feedback: createFeedbackStore(database) }),
      logger: silentLogger(),
    });
    await slack.start();
    expect(api.callsTo("apps.connections.open")[0]?.token).toBe("xapp-1");

    socketServer.send({
      envelope_id: "env-1",
      type: "slash_commands",
      accepts_response_payload: true,
      payload: {
        token: "t",
        team_id: "T1",
        channel_id: "CGENERALE",
        user_id: "UUSER",
        command: "/unione",
        text: "aiuto",
        response_url: api.responseUrl("socket"),
        trigger_id: "x",
        api_app_id: "A1",
      },
    });
    await api.waitFor(
      () => socketServer.received.find((message) => message.envelope_id === "env-1"),
      "ack over the socket",
    );
    const reply = await api.waitFor(() => api.responsesTo("socket")[0], "reply on response_url");
    expect(blockText(reply.body)).toContain("/unione stato");
  });
});

/** Plain messages: confirmations, refusals, "forse intendevi…", errors. */
import { context, escapeMrkdwn, fallback, type SlackMessage, sections } from "./block-kit.js";

const icons = { info: "ℹ️", warning: "⚠️", error: "❌" } as const;

export function messageBlocks(
  level: "info" | "warning" | "error",
  text: string,
  suggestions: string[] = [],
): SlackMessage {
  const blocks = sections(`${icons[level]} ${escapeMrkdwn(text)}`);
  const alreadyListed = /forse intendevi/i.test(text);
  if (suggestions.length > 0 && !alreadyListed) {
    blocks.push(
      context(
        `Forse intendevi: ${suggestions
          .slice(0, 5)
          .map((item) => `\`${escapeMrkdwn(item)}\``)
          .join(", ")}`,
      ),
    );
  }
  const hint = suggestions.length && !alreadyListed ? ` Forse intendevi: ${suggestions.slice(0, 5).join(", ")}` : "";
  return { text: fallback(`${text}${hint}`), blocks: blocks.slice(0, 50) };
}

export function errorBlocks(text: string): SlackMessage {
  return messageBlocks("error", text);
}

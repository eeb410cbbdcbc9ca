/** Text of a Slack message as a command line: user mentions out, Slack's escaping undone. */

/**
 * The character classes below exclude "<" as well as ">": a scan started at one "<" then stops at the next one,
 * so a message made of thousands of unclosed "<@U1|" or "<http:" costs linear time, not quadratic.
 */
const mention = String.raw`<@[A-Z0-9]+(?:\|[^<>]*)?>`;

/** Removes `<@U123>` and `<@U123|name>` mentions. */
export function stripMentions(text: string): string {
  return text.replace(new RegExp(mention, "gi"), " ").replace(/\s+/g, " ").trim();
}

/** True when the message mentions someone: in a followed thread it is addressed to that person, not to the bot. */
export function mentionsSomeone(text: string): boolean {
  return new RegExp(mention, "i").test(text);
}

/** Slack sends &, < and > escaped; links come as <url|label>. */
export function toCommandText(text: string): string {
  return stripMentions(text)
    .replace(/<(https?:[^|<>]+)\|([^<>]+)>/g, "$2")
    .replace(/<(https?:[^<>]+)>/g, "$1")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .trim();
}

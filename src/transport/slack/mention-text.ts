/** Text of a Slack message as a command line: user mentions out, Slack's escaping undone. */

/** Removes `<@U123>` and `<@U123|name>` mentions. */
export function stripMentions(text: string): string {
  return text
    .replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/gi, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** True when the message mentions someone: in a followed thread it is addressed to that person, not to the bot. */
export function mentionsSomeone(text: string): boolean {
  return /<@[A-Z0-9]+(?:\|[^>]*)?>/i.test(text);
}

/** Slack sends &, < and > escaped; links come as <url|label>. */
export function toCommandText(text: string): string {
  return stripMentions(text)
    .replace(/<(https?:[^|>]+)\|([^>]+)>/g, "$2")
    .replace(/<(https?:[^>]+)>/g, "$1")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .trim();
}

/**
 * How long each part of a command may be. Every transport reaches the use cases through the router, so these caps
 * hold for Slack, the console and the command line alike: a 39.000-character line is refused here, in constant
 * time, before any name matching, retrieval or drafting runs on it.
 */
import { UnioneError } from "../core/errors.js";
import { formatNumber } from "../core/italian-format.js";
import type { Command } from "./command.js";

export const inputLimits = {
  /** A whole line typed in chat: a question or a draft request with its instructions fits well within it. */
  line: 4_000,
  /** A question (the ask service has the same bound). */
  question: 2_000,
  /** Free-text instructions of a draft, the words of a chat draft or update, a value of an update (a note). */
  text: 2_000,
  /** A name: Unione, function, act type, field, target. */
  name: 120,
} as const;

/** `what` is the whole Italian subject with its agreeing adjective: "La domanda è troppo lunga". */
function tooLong(what: string, length: number, max: number): UnioneError {
  return new UnioneError(
    "INVALID_INPUT",
    `${what}: ${formatNumber(length)} caratteri, il massimo è ${formatNumber(max)}. Accorcia il testo e riprova.`,
    { detail: `${what}: ${length} caratteri oltre il limite di ${max}` },
  );
}

/** The refusal for a chat line over the limit, or null. */
export function lineLimitError(text: string): UnioneError | null {
  return text.length > inputLimits.line ? tooLong("Il messaggio è troppo lungo", text.length, inputLimits.line) : null;
}

function checkName(what: string, value: string | null | undefined): void {
  if (value && value.length > inputLimits.name) throw tooLong(what, value.length, inputLimits.name);
}

function checkText(what: string, value: string | null | undefined, max: number = inputLimits.text): void {
  if (value && value.length > max) throw tooLong(what, value.length, max);
}

function joinedLength(words: string[]): number {
  return words.reduce((sum, word) => sum + word.length + 1, 0);
}

/** Throws an Italian INVALID_INPUT error naming the part of `command` that is too long. */
export function assertWithinLimits(command: Command): void {
  switch (command.name) {
    case "ask":
      checkText("La domanda è troppo lunga", command.question, inputLimits.question);
      checkName("Il nome dell'Unione è troppo lungo", command.unione);
      return;
    case "status":
    case "history":
    case "bind":
      checkName("Il nome dell'Unione è troppo lungo", command.unione);
      return;
    case "draft":
      if ("args" in command) {
        if (joinedLength(command.args) > inputLimits.text)
          throw tooLong("La richiesta di bozza è troppo lunga", joinedLength(command.args), inputLimits.text);
        return;
      }
      checkName("Il tipo di atto è troppo lungo", command.request.tipo);
      checkName("Il nome della funzione è troppo lungo", command.request.funzione);
      checkName("Il nome dell'Unione è troppo lungo", command.request.unione);
      checkName("Il nome della sezione è troppo lungo", command.request.sezione);
      checkText("Le istruzioni per la bozza sono troppo lunghe", command.request.istruzioni);
      return;
    case "update":
      if ("args" in command) {
        if (joinedLength(command.args) > inputLimits.text + 3 * inputLimits.name)
          throw tooLong(
            "La modifica è troppo lunga",
            joinedLength(command.args),
            inputLimits.text + 3 * inputLimits.name,
          );
        return;
      }
      checkName("Il nome dell'Unione è troppo lungo", command.update.unione);
      checkName("Il destinatario della modifica è troppo lungo", command.update.target);
      checkName("Il nome del campo è troppo lungo", command.update.field);
      checkText("Il valore è troppo lungo", command.update.value);
      return;
    default:
      return;
  }
}

/** A typed text echoed in a message: at most `max` characters, so a refusal never repeats a whole long line. */
export function echoed(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

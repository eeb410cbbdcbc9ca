/** Missing data in a draft is never silent: it becomes a visible "[DA COMPLETARE: …]" and is listed in `missing`. */

const markerPattern = /\[DA COMPLETARE: ([^\]]+)\]/g;

export function missingMarker(label: string): string {
  return `[DA COMPLETARE: ${label}]`;
}

/** Labels of every marker in `text`, in order. */
export function findMarkers(text: string): string[] {
  return [...text.matchAll(markerPattern)].map((match) => match[1]!);
}

/** Collects what a draft still needs while its fields are computed. */
export class MissingCollector {
  private readonly seen: string[] = [];

  /** Records `label` once and returns its visible marker. */
  mark(label: string): string {
    if (!this.seen.includes(label)) this.seen.push(label);
    return missingMarker(label);
  }

  get labels(): string[] {
    return [...this.seen];
  }
}

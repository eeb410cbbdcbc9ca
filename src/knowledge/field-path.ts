/** How a field is named in problem messages: ["functions", 1, "duration_years"] -> "functions[1].duration_years". */
export function fieldName(pathSegments: ReadonlyArray<string | number>): string | null {
  if (pathSegments.length === 0) return null;
  return pathSegments.reduce<string>(
    (text, segment) =>
      typeof segment === "number" ? `${text}[${segment}]` : text ? `${text}.${segment}` : String(segment),
    "",
  );
}

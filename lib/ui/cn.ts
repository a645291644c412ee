/**
 * Joins class names, skipping falsy values: `cn("a", cond && "b", { c: isOn }, ["d"])`.
 *
 * Unlike tailwind-merge it does not resolve conflicting utilities (`p-2` vs `p-4`), so a
 * primitive's `className` prop is for additions (margins, widths), not for overrides.
 */
export type ClassValue = string | number | boolean | null | undefined | ClassDictionary | readonly ClassValue[];

export type ClassDictionary = Record<string, boolean | null | undefined>;

export function cn(...inputs: ClassValue[]): string {
  const classes: string[] = [];
  collect(inputs, classes);
  return classes.join(" ");
}

function collect(value: ClassValue, out: string[]): void {
  // Skips null, undefined, false, true, 0 and "" (what `cond && "class"` can produce).
  if (!value || value === true) return;
  if (typeof value === "string" || typeof value === "number") {
    const text = String(value).trim();
    if (text !== "") out.push(...text.split(/\s+/));
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value as readonly ClassValue[]) collect(item, out);
    return;
  }
  for (const [name, on] of Object.entries(value)) {
    if (on) collect(name, out);
  }
}

import { Badge } from "@/components/ui/badge";
import type { MetaLine, PartDescription } from "@/lib/curriculum/parts/types";
import type { EditorItem } from "@/lib/curriculum/queries";

/**
 * An item's summary lines, from its part's `meta` templates: `{field}` shows the item's value
 * as a person reads it (a choice's label, a sub-skill's name, the correct option's text).
 */

export type Names = ReadonlyMap<string, string>;

function valueOf(part: PartDescription, item: EditorItem, name: string, names: Names, line?: MetaLine): string[] {
  const values = item.values;
  if (name === "learnerRecords") return [String(item.learnerRecords)];
  if (name === "curriculumReferences") return [String(item.curriculumReferences)];
  const field = part.fields.find((f) => f.name === name);
  const value = values[name];
  if (line?.labels && typeof value === "string") return [line.labels[value] ?? value];
  switch (field?.input) {
    case "choice":
      return [field.options.find((o) => o.value === value)?.label ?? String(value)];
    case "subSkill":
      return [names.get(String(value)) ?? "Unknown sub-skill"];
    case "subSkills":
      return (value as string[]).map((id) => names.get(id) ?? "Unknown sub-skill");
    case "options":
      return [String((value as unknown[]).length)];
    case "correctOption":
      return [String((values.options as string[] | undefined)?.[Number(value)] ?? "—")];
    default:
      return [String(value ?? "")];
  }
}

/** The template filled in; a `{field}` holding a list (sub-skills) gives one entry per element. */
export function fill(template: string, part: PartDescription, item: EditorItem, names: Names, line?: MetaLine) {
  const whole = /^\{(\w+)\}$/.exec(template);
  if (whole) return valueOf(part, item, whole[1]!, names, line);
  return [template.replace(/\{(\w+)\}/g, (_, name: string) => valueOf(part, item, name, names, line).join(", "))];
}

export function ItemMeta({ part, item, names }: { part: PartDescription; item: EditorItem; names: Names }) {
  const lines = (part.meta ?? []).filter(
    (line) => !line.when || Boolean(Number(valueOf(part, item, line.when, names)[0])),
  );
  if (lines.length === 0) return null;
  return (
    <>
      {lines.flatMap((line, i) =>
        fill(line.text, part, item, names, line).map((text, j) =>
          line.badge ? (
            <Badge key={`${i}-${j}`} tone={line.badge} data-testid={line.testId}>
              {text}
            </Badge>
          ) : (
            <span key={`${i}-${j}`} data-testid={line.testId} className={line.clamp ? "line-clamp-2" : undefined}>
              {text}
            </span>
          ),
        ),
      )}
    </>
  );
}

import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { colorSchemeSchema } from "@/lib/account/schema";
import { COLOR_SCHEMES, toColorScheme } from "@/lib/ui/color-scheme";

const root = resolve(import.meta.dirname, "../..");

describe("colour schemes", () => {
  it("reads a stored or claimed value as one of the three, anything else as system", () => {
    for (const scheme of COLOR_SCHEMES) expect(toColorScheme(scheme)).toBe(scheme);
    for (const other of ["DARK", "sepia", "", null, undefined, 1]) expect(toColorScheme(other)).toBe("system");
  });

  it("accepts exactly the three schemes in the account form's schema", () => {
    for (const scheme of COLOR_SCHEMES) expect(colorSchemeSchema.safeParse({ colorScheme: scheme }).success).toBe(true);
    const refused = colorSchemeSchema.safeParse({ colorScheme: "auto" });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toBe("Choose system, light or dark.");
  });
});

/**
 * The dark scheme redefines the palette variables the app uses (app/globals.css, under
 * `@variant dark`). A colour utility whose variable is not redefined there keeps its light value
 * on a dark page (a `bg-sky-50` panel would glare, its `text-sky-800` vanish), so every palette
 * step used in app/ and components/ must have its dark value.
 */
describe("the dark palette", () => {
  const css = readFileSync(join(root, "app/globals.css"), "utf8");
  const block = css.slice(css.indexOf("@variant dark"));
  const dark = new Set(
    [...block.slice(0, block.indexOf("}")).matchAll(/--color-([a-z]+(?:-\d+)?):/g)].map((m) => m[1]),
  );

  const used = new Map<string, string>();
  const UTILITY =
    /\b(?:bg|text|border(?:-[trblxy])?|ring|divide|outline|fill|stroke|from|via|to|accent|decoration|placeholder|caret|shadow|ring-offset)-((?:[a-z]+-\d{2,3})|white)\b/g;
  for (const folder of ["app", "components"]) {
    for (const file of readdirSync(join(root, folder), { recursive: true, encoding: "utf8" })) {
      if (!/\.(tsx?|css)$/.test(file) || file.endsWith("globals.css")) continue;
      for (const match of readFileSync(join(root, folder, file), "utf8").matchAll(UTILITY))
        used.set(match[1]!, `${folder}/${file}`);
    }
  }

  it("finds the palette block and the utilities", () => {
    expect(dark.has("white")).toBe(true);
    expect(dark.has("slate-900")).toBe(true);
    expect(used.size).toBeGreaterThan(20);
  });

  it("has a dark value for every palette step a component uses", () => {
    const missing = [...used].filter(([color]) => !dark.has(color)).map(([color, file]) => `${color} (${file})`);
    expect(missing, "add these to the @variant dark block of app/globals.css").toEqual([]);
  });
});

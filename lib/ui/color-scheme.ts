/**
 * The colour schemes a user can pick on the account page. The root layout writes the choice to
 * `<html data-color-scheme>`, and app/globals.css redefines the palette under it ("system"
 * follows the device's `prefers-color-scheme`). The database holds the same three values
 * (a CHECK on "User"."colorScheme"), so a stored value is always one of these.
 */
export const COLOR_SCHEMES = ["system", "light", "dark"] as const;
export type ColorScheme = (typeof COLOR_SCHEMES)[number];

export const COLOR_SCHEME_LABELS: Record<ColorScheme, string> = {
  system: "Same as this device",
  light: "Light",
  dark: "Dark",
};

export function isColorScheme(value: unknown): value is ColorScheme {
  return typeof value === "string" && (COLOR_SCHEMES as readonly string[]).includes(value);
}

/** A stored or claimed value as a scheme; anything unknown (or no user) follows the device. */
export function toColorScheme(value: unknown): ColorScheme {
  return isColorScheme(value) ? value : "system";
}

/**
 * The browser's chrome (address bar on phones) per scheme: the header's surface, white in light
 * and the dark card colour in dark (the same value as --color-white under the dark scheme).
 */
export const THEME_COLORS = { light: "#ffffff", dark: "#111827" } as const;

/**
 * IANA time zones a profile may use: what this runtime's Intl knows, plus "UTC" (the column's
 * default, which `Intl.supportedValuesOf` leaves out as a non-canonical alias).
 */
let zones: readonly string[] | undefined;

export function supportedTimeZones(): readonly string[] {
  zones ??= ["UTC", ...Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC")];
  return zones;
}

export function isSupportedTimeZone(zone: string): boolean {
  return supportedTimeZones().includes(zone);
}

/**
 * The zone a browser reports (`Intl.DateTimeFormat().resolvedOptions().timeZone`), if it is one
 * a profile may use, else null. Browsers may report an old alias ("Asia/Calcutta") that the
 * server's list names by its canonical name; that is looked up too.
 */
export function browserTimeZone(value: unknown): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > 64) return null;
  if (isSupportedTimeZone(value)) return value;
  try {
    const canonical = new Intl.DateTimeFormat("en", { timeZone: value }).resolvedOptions().timeZone;
    // An alias ("US/Eastern"), not the same name in another letter case, which no browser sends.
    const alias = canonical.toLowerCase() !== value.toLowerCase();
    return alias && isSupportedTimeZone(canonical) ? canonical : null;
  } catch {
    return null;
  }
}

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

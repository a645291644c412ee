import type { TimeEntryInput } from "@/lib/hours/schema";

/** View shapes the hours queries return and the (client) components take. */

export type HoursOption = { id: string; key: string; title: string; archived: boolean };

/** A stored entry (its fields come from the schema's one description) with what the list shows of its phase and sub-skill. */
export type TimeEntryRow = TimeEntryInput & {
  id: string;
  phaseTitle: string;
  phaseArchived: boolean;
  subSkillTitle: string | null;
  subSkillArchived: boolean;
};

/** An import rule as the import section lists it. */
export type ImportRuleRow = {
  id: string;
  field: "TAG" | "PROJECT" | "DESCRIPTION";
  pattern: string;
  phaseTitle: string;
  subSkillTitle: string | null;
};

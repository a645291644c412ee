import type { IsoDate } from "@/lib/progress/calendar";

/** View shapes the hours queries return and the (client) components take. */

export type HoursOption = { id: string; key: string; title: string; archived: boolean };

export type TimeEntryRow = {
  id: string;
  date: IsoDate;
  minutes: number;
  note: string | null;
  phaseId: string;
  phaseTitle: string;
  phaseArchived: boolean;
  subSkillId: string | null;
  subSkillTitle: string | null;
  subSkillArchived: boolean;
};

import { describe, expect, it } from "vitest";
import { ENTRY_FORM_FIELDS, entryFormValues } from "@/lib/hours/form-values";
import { timeEntrySchema } from "@/lib/hours/schema";

describe("entryFormValues (the hours forms' values, without zod)", () => {
  it("is all empty for a new entry, one value per field the form posts", () => {
    expect(entryFormValues()).toEqual({ date: "", duration: "", phaseId: "", subSkillId: "", note: "" });
    expect(Object.keys(entryFormValues())).toEqual([...ENTRY_FORM_FIELDS]);
  });

  it("reads a stored entry back into what the form shows, and the schema reads that back into the entry", () => {
    const entry = { date: "2026-03-02", minutes: 90, phaseId: "phase_1", subSkillId: null, note: null };
    const values = entryFormValues(entry);
    expect(values).toEqual({ date: "2026-03-02", duration: "1h 30m", phaseId: "phase_1", subSkillId: "", note: "" });
    expect(timeEntrySchema.parse(values)).toMatchObject({ date: entry.date, minutes: 90, phaseId: "phase_1" });
  });

  it("names exactly the fields the schema reads", () => {
    expect(
      Object.keys(
        timeEntrySchema.parse(
          entryFormValues({ date: "2026-03-02", minutes: 5, phaseId: "p", subSkillId: "s", note: "n" }),
        ),
      ).sort(),
    ).toEqual(["date", "minutes", "note", "phaseId", "subSkillId"]);
  });
});

import { describe, expect, it } from "vitest";
import {
  countOf,
  formatDecimalHours,
  formatInstant,
  formatInstantDay,
  formatIsoDate,
  formatMonth,
  plural,
  pluralNoun,
  withArticle,
} from "@/lib/ui/format";
import { partLabels } from "@/components/curriculum/form-fields";
import { signUpLimitedMessage } from "@/lib/account/sign-up";
import { EDITOR_PAGES } from "@/lib/curriculum/parts";
import { checklistItem } from "@/lib/curriculum/parts/checklist-item";

describe("ui formats", () => {
  it("reads calendar dates the same everywhere, whatever the server's zone", () => {
    expect(formatIsoDate("2026-03-03")).toBe("3 Mar 2026");
    expect(formatMonth("2026-12-31")).toBe("Dec");
  });

  it("shows an instant in the viewer's own zone, with or without the time", () => {
    const at = new Date("2026-11-28T23:30:00Z");
    expect(formatInstant(at, "UTC")).toBe("28 Nov 2026, 23:30");
    expect(formatInstant(at, "Asia/Tokyo")).toBe("29 Nov 2026, 08:30");
    expect(formatInstantDay(at, "America/New_York")).toBe("28 Nov 2026");
    expect(formatInstantDay(at, "Asia/Tokyo")).toBe("29 Nov 2026");
  });

  it("rounds headline hours down, so a threshold never looks met early", () => {
    expect(formatDecimalHours(59 * 60 + 59)).toBe("59.9 h");
    expect(formatDecimalHours(60 * 60)).toBe("60 h");
    expect(formatDecimalHours(0)).toBe("0 h");
    expect(formatDecimalHours(-5)).toBe("0 h");
  });

  it("counts with the right plural: never '1 phases' or '2 phase'", () => {
    expect(plural(1, "phase")).toBe("1 phase");
    expect(plural(0, "phase")).toBe("0 phases");
    expect(plural(6, "phase")).toBe("6 phases");
    expect(countOf(1, "entry", "entries")).toBe("1 entry");
    expect(countOf(3, "entry", "entries")).toBe("3 entries");
    expect(pluralNoun("action")).toBe("actions");
  });

  it("picks the article by sound, not by spelling", () => {
    expect(withArticle("action")).toBe("an action");
    expect(withArticle("project")).toBe("a project");
    expect(withArticle("use case")).toBe("a use case");
    expect(withArticle("hour")).toBe("an hour");
    expect(withArticle("entry")).toBe("an entry");
  });

  it("builds the sign-up limit and the curriculum editor's add titles with them", () => {
    expect(signUpLimitedMessage(1)).toMatch(/in 1 minute\.$/);
    expect(signUpLimitedMessage(5)).toMatch(/in 5 minutes\.$/);
    const titles = EDITOR_PAGES.map((page) => partLabels(page.part, page.section?.singular).addTitle);
    expect(titles).toContain("Add a use case");
    // A phase section's own noun (the checklist's "action" section) goes through the same helper.
    expect(partLabels(checklistItem, checklistItem.sections![1]!.singular).addTitle).toBe("Add an action");
    expect(titles.some((title) => /\ba [aeiou]/i.test(title) && !/\ba (use|uni)/i.test(title))).toBe(false);
  });
});

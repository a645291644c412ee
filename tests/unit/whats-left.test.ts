import { describe, expect, it } from "vitest";
import { whatsLeft, type PhaseCounts } from "@/lib/phases/whats-left";

const base: PhaseCounts = {
  topics: { done: 5, total: 5 },
  actions: { done: 5, total: 5 },
  deliverables: { approved: 3, total: 3 },
  resources: { done: 2, total: 2, minutesLeft: 0 },
  loggedMinutes: 600,
  estimatedMinutes: 600,
};

describe("whatsLeft", () => {
  it("leaves nothing when every part of the phase is done and the estimate is logged", () => {
    expect(whatsLeft(base)).toEqual({ items: [], resourceMinutesLeft: 0, hoursMinutesLeft: 0 });
  });

  it("counts the estimated time of the resources not done yet", () => {
    const left = whatsLeft({ ...base, resources: { done: 1, total: 3, minutesLeft: 110 } });
    expect(left.resourceMinutesLeft).toBe(110);
    expect(left.items).toEqual([{ key: "resources", text: "2 resources to work through, about 1 h 50 min" }]);
  });

  it("says each open part in its own words, singular and plural", () => {
    const left = whatsLeft({
      topics: { done: 4, total: 5 },
      actions: { done: 2, total: 5 },
      deliverables: { approved: 1, total: 3 },
      resources: { done: 0, total: 1, minutesLeft: 45 },
      loggedMinutes: 90,
      estimatedMinutes: 600,
    });
    expect(left.items.map((i) => i.text)).toEqual([
      "1 topic to tick off",
      "3 actions to tick off",
      "2 deliverables to get approved",
      "1 resource to work through, about 45 min",
      "8 h 30 min to log to reach the estimate",
    ]);
    expect(left.hoursMinutesLeft).toBe(510);
  });

  it("never goes below zero: more hours than the estimate, or counts that crossed", () => {
    const left = whatsLeft({
      ...base,
      topics: { done: 6, total: 5 },
      loggedMinutes: 900,
      resources: { done: 2, total: 2, minutesLeft: 30 },
    });
    expect(left).toEqual({ items: [], resourceMinutesLeft: 0, hoursMinutesLeft: 0 });
  });
});

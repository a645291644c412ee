import { describe, expect, it } from "vitest";
import { describeTurnaround } from "@/lib/mentor/turnaround";

const HOUR = 3600;

describe("describeTurnaround", () => {
  it("says there is no history yet, with the guide's review window when there is one", () => {
    expect(describeTurnaround({ medianSeconds: null, reviewCount: 0 }, 7)).toBe(
      "no past reviews to time yet; the guide asks for a decision within 7 days",
    );
    expect(describeTurnaround({ medianSeconds: null, reviewCount: 0 }, 1)).toBe(
      "no past reviews to time yet; the guide asks for a decision within 1 day",
    );
    expect(describeTurnaround({ medianSeconds: null, reviewCount: 0 }, null)).toBe("no past reviews to time yet");
  });

  it("rounds the median up to hours under a day and to days beyond", () => {
    expect(describeTurnaround({ medianSeconds: 20 * 60, reviewCount: 1 }, 7)).toBe(
      "decisions usually within an hour (median of 1 review)",
    );
    expect(describeTurnaround({ medianSeconds: HOUR, reviewCount: 3 }, 7)).toBe(
      "decisions usually within an hour (median of 3 reviews)",
    );
    expect(describeTurnaround({ medianSeconds: 5.2 * HOUR, reviewCount: 4 }, 7)).toBe(
      "decisions usually within 6 hours (median of 4 reviews)",
    );
    expect(describeTurnaround({ medianSeconds: 24 * HOUR, reviewCount: 2 }, 7)).toBe(
      "decisions usually within 1 day (median of 2 reviews)",
    );
    expect(describeTurnaround({ medianSeconds: 50 * HOUR, reviewCount: 14 }, 7)).toBe(
      "decisions usually within 3 days (median of 14 reviews)",
    );
  });
});

/**
 * The accounts the bench signs in as. They are created by the volume seed (seed-volume.ts)
 * with the bench password; their ids are fixed so the seed and the checks can name them.
 */
export type Persona = { id: string; email: string; name: string; role: "LEARNER" | "MENTOR" | "ADMIN" };

export const personas = {
  /** 20,000 time entries over two years, every deliverable submitted, many quiz attempts. */
  heavy: { id: "bench_heavy", email: "heavy@bench.skilltrail.dev", name: "Hana Heavy", role: "LEARNER" },
  /** 10 time entries, one pending submission, one quiz attempt. */
  light: { id: "bench_light", email: "light@bench.skilltrail.dev", name: "Lior Light", role: "LEARNER" },
  /** A fresh learner with no history: the log-hours action writes into their account. */
  logger: { id: "bench_logger", email: "logger@bench.skilltrail.dev", name: "Lou Logger", role: "LEARNER" },
  /** Mentor 001: mentor of learners 0001, 0101 … 1901, of the heavy and the light learner. */
  mentor: { id: "bench_mentor_001", email: "mentor001@bench.skilltrail.dev", name: "Mentor 001", role: "MENTOR" },
  admin: { id: "bench_admin", email: "admin@bench.skilltrail.dev", name: "Ari Admin", role: "ADMIN" },
} as const satisfies Record<string, Persona>;

/** The cohort whose progress table the admin loads (heavy, light and 98 regular learners). */
export const BENCH_COHORT_ID = "bench_cohort_01";

// Stand-in for `server-only` in Vitest (see vitest.config.ts).
export {};

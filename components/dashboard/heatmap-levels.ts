import type { HeatmapLevel } from "@/lib/progress/calendar";

/**
 * The heatmap's colours and phone width, shared by the server-rendered card (its legend and
 * text) and the client-drawn grid: a plain module, so the server reads real values rather than
 * references into a client component's module.
 */
export const HEATMAP_LEVEL_CLASSES: Record<HeatmapLevel, string> = {
  0: "bg-slate-200",
  1: "bg-brand-200",
  2: "bg-brand-500",
  3: "bg-brand-700",
  4: "bg-brand-900",
};

/** Phones show the latest half year, so a cell stays big enough to see; the summary covers the year. */
export const PHONE_WEEKS = 26;

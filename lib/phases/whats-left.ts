import { formatMinutes } from "@/lib/progress/path";
import { countOf } from "@/lib/words";

/**
 * What is left of one phase for one learner, in plain words: the topics and actions not yet
 * ticked, the deliverables not yet approved, the resources not yet done (with their estimated
 * time) and the hours not yet logged against the estimate. Pure: the counts and sums come from
 * SQL (lib/phases/queries.ts).
 */

export type PhaseCounts = {
  topics: { done: number; total: number };
  actions: { done: number; total: number };
  deliverables: { approved: number; total: number };
  /** Active resources of the phase's active topics and actions; minutesLeft sums those not done. */
  resources: { done: number; total: number; minutesLeft: number };
  loggedMinutes: number;
  estimatedMinutes: number;
};

export type LeftItem = { key: "topics" | "actions" | "deliverables" | "resources" | "hours"; text: string };

export type WhatsLeft = {
  items: LeftItem[];
  /** Estimated time of the resources not done yet. */
  resourceMinutesLeft: number;
  /** Hours still to log against the phase's estimate (0 once it is reached). */
  hoursMinutesLeft: number;
};

export function whatsLeft(counts: PhaseCounts): WhatsLeft {
  const items: LeftItem[] = [];
  const open = (c: { total: number }, done: number) => Math.max(0, c.total - done);
  const topics = open(counts.topics, counts.topics.done);
  const actions = open(counts.actions, counts.actions.done);
  const deliverables = open(counts.deliverables, counts.deliverables.approved);
  const resources = open(counts.resources, counts.resources.done);
  const resourceMinutesLeft = resources === 0 ? 0 : Math.max(0, counts.resources.minutesLeft);
  const hoursMinutesLeft = Math.max(0, counts.estimatedMinutes - counts.loggedMinutes);

  if (topics > 0) items.push({ key: "topics", text: `${countOf(topics, "topic")} to tick off` });
  if (actions > 0) items.push({ key: "actions", text: `${countOf(actions, "action")} to tick off` });
  if (deliverables > 0)
    items.push({ key: "deliverables", text: `${countOf(deliverables, "deliverable")} to get approved` });
  if (resources > 0)
    items.push({
      key: "resources",
      text: `${countOf(resources, "resource")} to work through, about ${formatMinutes(resourceMinutesLeft)}`,
    });
  if (hoursMinutesLeft > 0)
    items.push({ key: "hours", text: `${formatMinutes(hoursMinutesLeft)} to log to reach the estimate` });
  return { items, resourceMinutesLeft, hoursMinutesLeft };
}

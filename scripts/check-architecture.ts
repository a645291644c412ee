/**
 * `npm run lint` and `npm test` run this after ESLint: the layering rules on the whole import
 * graph, including cycles between feature folders, which a per-file lint rule cannot see.
 */
import { REPO_ROOT } from "./db/embedded";
import { architectureViolations, readImportGraph } from "./lib/import-graph";

const violations = architectureViolations(readImportGraph(REPO_ROOT));
for (const { rule, message } of violations) console.error(`architecture (${rule}): ${message}`);
if (violations.length > 0) process.exit(1);
console.log("architecture: imports flow app → components → lib, no cycles between feature folders");

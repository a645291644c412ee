/**
 * `npm run guide:parse -- <file>`: reads the text of a skill-guide page (as copied from a
 * browser) and prints the guide file JSON on stdout, warnings on stderr, one line each. Exits 0
 * when the guide is complete enough to import, 1 when it is not, 2 on a usage or read error.
 */
import { readFileSync } from "node:fs";
import { parseGuideText } from "@/lib/guides/format/parse-text";

const file = process.argv[2];
if (!file || process.argv.length > 3) {
  console.error("Usage: npm run guide:parse -- <file>   (the text of a skill-guide page)");
  process.exit(2);
}

let text: string;
try {
  text = readFileSync(file, "utf8");
} catch (error) {
  console.error(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}

const result = parseGuideText(text);
for (const { kind, path, message } of result.warnings)
  console.error(`warning: ${kind} at ${path || "(page)"}: ${message}`);

if (result.ok) {
  console.log(JSON.stringify(result.guide, null, 2));
  console.error(`${file}: importable, ${result.warnings.length} warning(s)`);
} else {
  for (const { path, message } of result.errors) console.error(`error: at ${path || "(page)"}: ${message}`);
  console.error(`${file}: not importable, ${result.errors.length} error(s); nothing printed on stdout`);
  process.exitCode = 1;
}

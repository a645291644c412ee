/**
 * Loaded with `--import` before the import worker: resolves `server-only` with the
 * `react-server` condition (its empty module), as the Next.js server build does. Only that one
 * package: the condition for the whole process would also change how React and Next.js load.
 */
import { register } from "node:module";

const hook = `
export async function resolve(specifier, context, next) {
  if (specifier === "server-only")
    return next(specifier, { ...context, conditions: ["react-server", ...context.conditions] });
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`, import.meta.url);

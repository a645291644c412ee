import ReactMarkdown, { type Components, type UrlTransform } from "react-markdown";
import rehypeHighlight from "rehype-highlight";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import { cn } from "@/lib/ui/cn";

/**
 * Renders learner-written Markdown safely, on the server (history) and in the browser (live
 * preview), as GitHub does: remark-gfm adds tables, task lists (read-only checkboxes),
 * strikethrough, autolinks and footnotes; rehype-highlight colours fenced code that names its
 * language. Three safety layers, each enough on its own for its part:
 * - raw HTML is never parsed as HTML (no rehype-raw): `rawHtmlAsText` turns it into text
 *   before sanitizing, so `<script>alert(1)</script>` shows as those characters;
 * - rehype-sanitize (GitHub's schema) strips anything dangerous that Markdown itself produces.
 *   It runs last, after highlighting, so highlight.js's output is sanitised too; the schema is
 *   widened only for the classes highlight.js emits (`hljs`, `language-*` on code, `hljs-*` on
 *   span), so a learner cannot borrow the app's own classes;
 * - `safeUrl` keeps only absolute http(s) and mailto links, so `javascript:`, `data:` and
 *   relative links lose their href (the link text stays).
 * Links open in a new tab without handing the opener or a referrer to the target. Images are
 * shown as links, deliberately: the CSP's img-src allows no third-party images, and a remote
 * image is a tracking pixel that tells its owner when the reviewer opened the page.
 */

const ALLOWED_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

export const safeUrl: UrlTransform = (url) => {
  try {
    return ALLOWED_PROTOCOLS.has(new URL(url).protocol) ? url : null;
  } catch {
    return null; // relative or malformed
  }
};

/** The little of a hast tree this file touches (hast's types are not a direct dependency). */
type HastNode = { type: string; value?: string; children?: HastNode[] };

type HastElement = HastNode & { tagName: string; properties: Record<string, unknown> };

/**
 * rehype plugin: HTML typed into Markdown becomes visible text instead of vanishing. An HTML
 * block (at the top level) becomes a paragraph of text, so it is spaced like one.
 */
function rawHtmlAsText() {
  const walk = (node: HastNode, topLevel: boolean) => {
    if (!node.children) return;
    node.children = node.children.map((child): HastNode | HastElement => {
      if (child.type !== "raw") return (walk(child, false), child);
      const text = { type: "text", value: child.value ?? "" };
      return topLevel ? { type: "element", tagName: "p", properties: {}, children: [text] } : text;
    });
  };
  return (tree: HastNode) => walk(tree, true);
}

/** GitHub's schema plus highlight.js's classes, and nothing broader (see above). */
export const SANITIZE_SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    code: [["className", "hljs", /^language-[\w+#.-]+$/]],
    span: [...(defaultSchema.attributes?.span ?? []), ["className", /^hljs-[\w-]+$/]],
  },
};

const LINK_CLASS = "font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900 break-words";

const components: Components = {
  a: ({ href, children }) =>
    href ? (
      <a href={href} target="_blank" rel="noopener noreferrer nofollow" className={LINK_CLASS}>
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
  img: ({ src, alt }) =>
    typeof src === "string" && src ? (
      <a href={src} target="_blank" rel="noopener noreferrer nofollow" className={LINK_CLASS}>
        {alt || "Image"}
      </a>
    ) : (
      <span>{alt}</span>
    ),
  // A task list's box is read-only (GFM renders it disabled); its name says the state aloud.
  input: ({ type, checked }) =>
    type === "checkbox" ? (
      <input type="checkbox" checked={Boolean(checked)} disabled readOnly aria-label={checked ? "Done" : "Not done"} />
    ) : null,
  // The page owns h1–h3; a learner's headings sit below them in the outline.
  h1: ({ children }) => <h4 className="text-base font-semibold">{children}</h4>,
  h2: ({ children }) => <h5 className="text-sm font-semibold">{children}</h5>,
  h3: ({ children }) => <h6 className="text-sm font-semibold">{children}</h6>,
  h4: ({ children }) => <h6 className="text-sm font-semibold">{children}</h6>,
  h5: ({ children }) => <h6 className="text-sm font-semibold">{children}</h6>,
  h6: ({ children }) => <h6 className="text-sm font-semibold">{children}</h6>,
};

// Styles for the elements Markdown produces, without a typography plugin.
const PROSE =
  "text-sm leading-relaxed text-slate-800 break-words " +
  "[&>*+*]:mt-3 [&_ul]:list-disc [&_ul]:pl-5 [&_ol]:list-decimal [&_ol]:pl-5 [&_li+li]:mt-1 " +
  "[&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_code]:py-0.5 [&_code]:font-mono [&_code]:text-[0.85em] " +
  "[&_pre]:overflow-x-auto [&_pre]:rounded-md [&_pre]:bg-slate-900 [&_pre]:p-3 [&_pre]:text-slate-100 " +
  "[&_pre_code]:bg-transparent [&_pre_code]:p-0 [&_pre_code]:text-slate-100 " +
  // The palette swap would turn code blocks into light slabs on a dark page: keep them dark, inset.
  "dark:[&_pre]:bg-slate-50 dark:[&_pre]:text-slate-900 dark:[&_pre_code]:text-slate-900 " +
  "[&_blockquote]:border-l-4 [&_blockquote]:border-slate-200 [&_blockquote]:pl-3 [&_blockquote]:text-slate-600 " +
  "[&_table]:block [&_table]:overflow-x-auto [&_th]:border [&_th]:border-slate-200 [&_th]:px-2 [&_th]:py-1 " +
  "[&_td]:border [&_td]:border-slate-200 [&_td]:px-2 [&_td]:py-1 [&_hr]:border-slate-200 " +
  // Task lists: no bullet, the checkbox takes its place.
  "[&_.contains-task-list]:list-none [&_.contains-task-list]:pl-0 [&_.task-list-item_input]:mr-2 [&_del]:text-slate-600";

export function Markdown({ children, className }: { children: string; className?: string }) {
  return (
    <div className={cn(PROSE, className)}>
      <ReactMarkdown
        remarkPlugins={[remarkGfm]}
        // Order matters: raw HTML becomes text first, then highlighting, then sanitising.
        rehypePlugins={[rawHtmlAsText, rehypeHighlight, [rehypeSanitize, SANITIZE_SCHEMA]]}
        urlTransform={safeUrl}
        components={components}
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}

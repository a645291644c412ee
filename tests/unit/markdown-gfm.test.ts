import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "@/components/markdown/markdown";

const render = (markdown: string) => renderToStaticMarkup(createElement(Markdown, null, markdown));

describe("GitHub-flavoured Markdown in learner text", () => {
  it("renders a table as a table, not as pipes", () => {
    const html = render("| tool | use |\n| --- | --- |\n| Ray | training |");
    expect(html).toContain("<table>");
    expect(html).toMatch(/<th>tool<\/th>\s*<th>use<\/th>/);
    expect(html).toMatch(/<td>Ray<\/td>\s*<td>training<\/td>/);
    expect(html).not.toContain("| tool |");
  });

  it("renders a task list as read-only, named checkboxes", () => {
    const html = render("- [x] write tests\n- [ ] ship it");
    const boxes = html.match(/<input[^>]*>/g) ?? [];
    expect(boxes).toHaveLength(2);
    for (const box of boxes) {
      expect(box).toContain('type="checkbox"');
      expect(box).toContain("disabled");
    }
    expect(boxes[0]).toMatch(/checked/);
    expect(boxes[0]).toContain('aria-label="Done"');
    expect(boxes[1]).not.toMatch(/checked/);
    expect(boxes[1]).toContain('aria-label="Not done"');
    expect(html).not.toContain("[x]");
  });

  it("renders strikethrough and bare URLs as links", () => {
    const html = render("~~old plan~~ see https://example.com/docs");
    expect(html).toContain("<del>old plan</del>");
    expect(html).toContain('href="https://example.com/docs"');
  });

  it("highlights fenced code that names its language, and the classes survive sanitising", () => {
    const html = render("```python\ndef train(model):\n    return 42\n```");
    expect(html).toMatch(/<code class="hljs language-python">/);
    expect(html).toContain('<span class="hljs-keyword">def</span>');
    expect(html).toMatch(/<span class="hljs-number">42<\/span>/);
  });

  it("still strips scripts and event handlers, in tables and code too", () => {
    const html = render(
      [
        "<script>alert(1)</script>",
        '<img src="x" onerror="alert(1)">',
        "| a |\n| --- |\n| <b onmouseover=alert(1)>x</b> |",
        "```html\n<script>alert(2)</script>\n```",
      ].join("\n\n"),
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    // Typed HTML shows as text; no element carries an event handler.
    expect(html).not.toMatch(/<[a-z][^>]*\son\w+=/i);
    expect(html).not.toMatch(/<b\b/);
    expect(html).toContain("&lt;img src=&quot;x&quot; onerror=");
  });

  it("keeps no class a learner writes, only highlight.js's own", () => {
    // A class smuggled through a code fence's info string is dropped unless it is a language-*.
    const html = render('```python" class="fixed inset-0\nx = 1\n```');
    expect(html).not.toContain("fixed");
    expect(html).not.toContain("inset-0");
    for (const cls of html.match(/class="([^"]*)"/g) ?? []) {
      expect(cls).toMatch(
        /^class="((hljs|hljs-[\w-]+|language-[\w+#.-]+|contains-task-list|task-list-item)\s?)+"$|^class="text-sm/,
      );
    }
  });
});

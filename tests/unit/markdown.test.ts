import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown, safeUrl } from "@/components/markdown/markdown";

const render = (markdown: string) => renderToStaticMarkup(createElement(Markdown, null, markdown));

describe("Markdown rendering of learner text", () => {
  it("renders ordinary Markdown", () => {
    const html = render("Some **bold** text and `code`.\n\n- one\n- two");
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toContain("<code>code</code>");
    expect(html).toMatch(/<ul>\s*<li>one<\/li>/);
  });

  it("shows raw HTML as text: a <script> never becomes an element", () => {
    const html = render("Before <script>alert(1)</script> after\n\n<script>alert(2)</script>");
    expect(html).not.toContain("<script");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;script&gt;alert(2)&lt;/script&gt;");
  });

  it("drops javascript: and other non-http(s)/mailto links but keeps their text", () => {
    const html = render("[x](javascript:alert(1)) [y](data:text/html,hi) [z](/relative) [w](vbscript:msgbox)");
    expect(html).not.toMatch(/href=/);
    expect(html).not.toMatch(/javascript|data:text|vbscript/i);
    for (const text of ["x", "y", "z", "w"]) expect(html).toContain(`<span>${text}</span>`);
  });

  it("drops a javascript: link however it is spelled", () => {
    for (const markdown of [
      "[a](JaVaScRiPt:alert(1))",
      "[a](  javascript:alert(1))",
      "<javascript:alert(1)>",
      "[a][r]\n\n[r]: javascript:alert(1)",
    ]) {
      expect(render(markdown)).not.toMatch(/href="?javascript/i);
    }
  });

  it("keeps http(s) and mailto links, opening in a new tab without opener or referrer", () => {
    const html = render("[repo](https://github.com/ada/pipeline) [mail](mailto:ada@example.com) <http://example.com>");
    expect(html).toContain('href="https://github.com/ada/pipeline"');
    expect(html).toContain('href="mailto:ada@example.com"');
    expect(html).toContain('href="http://example.com"');
    expect(html.match(/rel="noopener noreferrer nofollow"/g)).toHaveLength(3);
    expect(html.match(/target="_blank"/g)).toHaveLength(3);
  });

  it("turns images into links instead of loading them", () => {
    const html = render("![diagram](https://example.com/d.png) ![x](javascript:alert(1))");
    expect(html).not.toContain("<img");
    expect(html).toContain('<a href="https://example.com/d.png"');
    expect(html).not.toContain("javascript");
  });

  it("puts learner headings below the page's own in the outline", () => {
    expect(render("# Title")).toMatch(/^<div[^>]*><h4[^>]*>Title<\/h4><\/div>$/);
  });

  it("allows only absolute http(s) and mailto URLs", () => {
    const node = { type: "element", tagName: "a", properties: {}, children: [] } as never;
    expect(safeUrl("https://a.io/x", "href", node)).toBe("https://a.io/x");
    expect(safeUrl("mailto:a@b.io", "href", node)).toBe("mailto:a@b.io");
    for (const url of ["javascript:alert(1)", "ftp://a.io", "/x", "#top", "//evil.io", ""])
      expect(safeUrl(url, "href", node)).toBeNull();
  });
});

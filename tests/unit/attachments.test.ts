import { describe, expect, it } from "vitest";
import {
  classify,
  cleanFileName,
  contentDisposition,
  fileChanges,
  formatFileSize,
  MAX_NAME_LENGTH,
  servedContentType,
} from "@/lib/attachments/rules";
import { isUtf8Text, sniffContent } from "@/lib/attachments/sniff";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("sniffing a file's bytes", () => {
  it("reads binary signatures, whatever the file is called", async () => {
    expect(await sniffContent(bytes("%PDF-1.7\n%%EOF\n"))).toBe("application/pdf");
    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
      "base64",
    );
    expect(await sniffContent(Uint8Array.from(png))).toBe("image/png");
    expect(await sniffContent(Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03]))).toBe("application/x-msdownload");
    expect(await sniffContent(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]))).toBe("image/jpeg");
    expect(await sniffContent(bytes("GIF89a\u0001\u0000\u0001\u0000"))).toBe("image/gif");
  });

  it("calls valid UTF-8 without NUL characters text, HTML included, and anything else nothing", async () => {
    expect(await sniffContent(bytes("<!doctype html><script>alert(1)</script>"))).toBe("text");
    expect(await sniffContent(bytes("naïve café, 日本語 ✓"))).toBe("text");
    expect(isUtf8Text(Uint8Array.from([0x61, 0x00, 0x62]))).toBe(false);
    expect(isUtf8Text(Uint8Array.from([0xc3, 0x28]))).toBe(false); // an invalid UTF-8 sequence
    expect(await sniffContent(Uint8Array.from([0x80, 0x00, 0x81, 0xfe]))).toBeNull();
  });
});

describe("classifying a file by its name and bytes", () => {
  it("accepts a kind only when the bytes and the extension agree", () => {
    expect(classify("report.PDF", "application/pdf")).toEqual({ ok: true, contentType: "application/pdf" });
    expect(classify("photo.jpeg", "image/jpeg")).toEqual({ ok: true, contentType: "image/jpeg" });
    expect(classify("backup.tgz", "application/gzip")).toEqual({ ok: true, contentType: "application/gzip" });
    expect(classify("notes.md", "text")).toEqual({ ok: true, contentType: "text/markdown" });
    expect(classify("data.csv", "text")).toEqual({ ok: true, contentType: "text/csv" });
  });

  it("refuses a mismatch with a message that says what the file really is", () => {
    expect(classify("report.pdf", "text")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/it is text, not a PDF/),
    });
    expect(classify("shot.png", "application/pdf")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/it is a PDF, not a PNG image/),
    });
    expect(classify("notes.txt", null)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not a plain text/),
    });
    expect(classify("report.pdf", "application/x-msdownload")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/content is not a PDF/),
    });
  });

  it("refuses kinds outside the list (HTML, SVG, executables, no extension)", () => {
    for (const name of ["page.html", "logo.svg", "setup.exe", "Makefile", "archive.rar"])
      expect(classify(name, "text").ok, name).toBe(false);
  });
});

describe("file names", () => {
  it("keeps the last path segment without control or direction-override characters", () => {
    expect(cleanFileName("C:\\Users\\ada\\report.pdf")).toBe("report.pdf");
    expect(cleanFileName("../../etc/passwd.txt")).toBe("passwd.txt");
    expect(cleanFileName("invoice\u202Efdp.exe")).toBe("invoicefdp.exe");
    expect(cleanFileName("  two\t\tspaces\n.md ")).toBe("two spaces .md");
  });

  it("shortens a long name and keeps its extension", () => {
    const cleaned = cleanFileName(`${"a".repeat(500)}.pdf`);
    expect(cleaned).toHaveLength(MAX_NAME_LENGTH);
    expect(cleaned.endsWith(".pdf")).toBe(true);
  });

  it("sends the name as an RFC 6266 attachment with an ASCII fallback", () => {
    expect(contentDisposition("report.pdf")).toBe(`attachment; filename="report.pdf"; filename*=UTF-8''report.pdf`);
    expect(contentDisposition(`a "b" \\ 100% (1)'s*.pdf`)).toBe(
      `attachment; filename="a _b_ _ 100_ (1)'s*.pdf"; filename*=UTF-8''a%20%22b%22%20%5C%20100%25%20%281%29%27s%2A.pdf`,
    );
    expect(contentDisposition("日本.txt")).toBe(
      `attachment; filename="__.txt"; filename*=UTF-8''%E6%97%A5%E6%9C%AC.txt`,
    );
  });
});

describe("serving and showing files", () => {
  it("adds a charset to text and leaves other types as sniffed", () => {
    expect(servedContentType("text/markdown")).toBe("text/markdown; charset=utf-8");
    expect(servedContentType("application/pdf")).toBe("application/pdf");
  });

  it("formats sizes", () => {
    expect(formatFileSize(1)).toBe("1 byte");
    expect(formatFileSize(900)).toBe("900 bytes");
    expect(formatFileSize(2048)).toBe("2 KB");
    expect(formatFileSize(10 * 1024 * 1024)).toBe("10.0 MB");
  });

  it("tells which files were added and removed between versions, by name and content", () => {
    const f = (name: string, sha256 = "same") => ({ name, sha256 });
    expect(fileChanges([f("a.pdf"), f("b.png")], [f("a.pdf"), f("b.png")])).toEqual({ added: [], removed: [] });
    expect(fileChanges([f("a.pdf"), f("b.png")], [f("a.pdf", "edited"), f("c.md")])).toEqual({
      added: [f("a.pdf", "edited"), f("c.md")],
      removed: [f("a.pdf"), f("b.png")],
    });
    expect(fileChanges([f("a.pdf"), f("a.pdf")], [f("a.pdf")])).toEqual({ added: [], removed: [f("a.pdf")] });
  });
});

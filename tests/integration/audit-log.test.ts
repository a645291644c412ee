import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { recordAudit, type AuditEntry } from "@/lib/audit/record";
import { auditKinds, listAuditEntries } from "@/lib/audit/queries";
import { auditFilterSchema } from "@/lib/audit/schema";
import { testDb } from "../support/db";

/** The audit page's reads: filters by actor, kind and date, 50 per page, newest first. */
describe("listAuditEntries", () => {
  async function trail() {
    const email = `auditor-${randomUUID()}@test.skilltrail.dev`;
    const actor = { id: randomUUID(), email };
    // A kind of its own (not a model's name), so these rows are the only ones of it.
    const kind = `Thing${randomUUID().slice(0, 6)}` as AuditEntry["entityType"];
    // One through recordAudit (the writer every change uses), 54 more a minute apart.
    await recordAudit(testDb(), { actor, action: "widget.renamed", entityType: kind, entityId: "e0", after: { n: 0 } });
    await testDb().auditLog.createMany({
      data: Array.from({ length: 54 }, (_, i) => ({
        actorId: actor.id,
        actorEmail: email,
        action: i % 5 === 0 ? "widget.renamed" : "widget.created",
        entityType: kind,
        entityId: `e${i + 1}`,
        after: { n: i + 1 },
        createdAt: new Date(Date.UTC(2026, 4, 1, 12, i)),
      })),
    });
    const rows = await testDb().auditLog.findMany({ where: { actorEmail: email }, select: { id: true } });
    return { email, kind, rows };
  }

  it("pages the actor's entries by 50, newest first, matching the email case-insensitively", async () => {
    const { email, rows } = await trail();
    const filter = (input: Record<string, unknown>) => auditFilterSchema.parse(input);
    const first = await listAuditEntries(filter({ actor: email.toUpperCase().slice(0, 20) + email.slice(20) }), "UTC");
    expect(first).toMatchObject({ total: 55, page: 1, pageCount: 2 });
    expect(first.entries).toHaveLength(50);
    const second = await listAuditEntries(filter({ actor: email, page: "2" }), "UTC");
    expect(second.entries).toHaveLength(5);
    const all = [...first.entries, ...second.entries];
    expect(new Set(all.map((e) => e.id)).size).toBe(rows.length);
    const times = all.map((e) => e.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("filters by kind, the entry's model, and lists each kind once (not also the action's first word)", async () => {
    const { email, kind } = await trail();
    expect((await listAuditEntries(auditFilterSchema.parse({ actor: email, kind }), "UTC")).total).toBe(55);
    // "widget" is only the actions' first word: it is not a kind, so it finds nothing.
    expect((await listAuditEntries(auditFilterSchema.parse({ actor: email, kind: "widget" }), "UTC")).total).toBe(0);
    expect((await listAuditEntries(auditFilterSchema.parse({ actor: email, kind: "Nothing" }), "UTC")).total).toBe(0);
    const kinds = await auditKinds();
    expect(kinds).toContain(kind);
    expect(kinds).not.toContain("widget");
    // One spelling per kind: no two differ only in case (the old list had "ChecklistItem" and "checklistItem").
    expect(new Set(kinds.map((k) => k.toLowerCase())).size).toBe(kinds.length);
    expect(kinds.every((k) => /^[A-Z][A-Za-z0-9]*$/.test(k))).toBe(true);
  });

  it("reads an old link's camelCase kind as the model's name", () => {
    expect(auditFilterSchema.parse({ kind: "checklistItem" }).kind).toBe("ChecklistItem");
  });

  it("filters by the admin's calendar days, inclusive, in their time zone", async () => {
    const email = `dated-${randomUUID()}@test.skilltrail.dev`;
    const at = (iso: string) =>
      testDb().auditLog.create({
        data: {
          actorEmail: email,
          action: "widget.created",
          entityType: "Widget",
          entityId: iso,
          createdAt: new Date(iso),
        },
      });
    // 2026-05-01 23:30 UTC is already 2 May in Tokyo (UTC+9).
    await at("2026-05-01T23:30:00Z");
    await at("2026-05-03T10:00:00Z");
    const count = async (from: string | undefined, to: string | undefined, zone: string) =>
      (await listAuditEntries(auditFilterSchema.parse({ actor: email, from, to }), zone)).total;
    expect(await count("2026-05-01", "2026-05-01", "UTC")).toBe(1);
    expect(await count("2026-05-01", "2026-05-01", "Asia/Tokyo")).toBe(0);
    expect(await count("2026-05-02", "2026-05-02", "Asia/Tokyo")).toBe(1);
    expect(await count("2026-05-02", undefined, "UTC")).toBe(1);
    expect(await count(undefined, "2026-05-03", "UTC")).toBe(2);
  });

  it("reads a reversed date range as the range meant", () => {
    expect(auditFilterSchema.parse({ from: "2026-05-03", to: "2026-05-01" })).toMatchObject({
      from: "2026-05-01",
      to: "2026-05-03",
    });
  });

  it("drops malformed filter params instead of failing", () => {
    expect(auditFilterSchema.parse({ actor: "a\u0000b" }).actor).toBe("");
    expect(auditFilterSchema.parse({ from: "2026-02-30", to: "yesterday", kind: "a b;", page: "0" })).toEqual({
      actor: "",
      kind: undefined,
      from: undefined,
      to: undefined,
      page: 1,
    });
  });
});

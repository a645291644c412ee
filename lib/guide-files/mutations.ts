import "server-only";
import { ActionError } from "@/lib/actions/result";
import { recordAudit } from "@/lib/audit/record";
import { auditAction, normalizeList, type Actor } from "@/lib/curriculum/list-mutations";
import { modelClient, type Tx } from "@/lib/curriculum/sql";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { seedGuide } from "@/lib/guides/seed";
import {
  planImport,
  type ImportPlan,
  type ListName,
  type ListPlan,
  type Row,
  type Values,
} from "@/lib/guide-files/plan";
import { readCurrentGuide } from "@/lib/guide-files/queries";
import type { StoredGuide, TextSectionKind } from "@/lib/guide-files/stored";

/**
 * Saves an imported guide, all or nothing in one transaction with its audit rows. A new guide
 * is inserted as the seed inserts one (one audit row says it was imported). A new version of an
 * existing guide is applied as the curriculum editor applies edits: each added, changed,
 * archived or restored item is its own audited change, so learners' "what changed since you
 * started" (lib/guides/changes.ts, read from the audit log) tells them; nothing is deleted and
 * no learner table is touched, so every learner keeps their progress.
 */

export const SLUG_TAKEN_MESSAGE = "A guide with this slug exists: choose another, or import a new version of it.";
export const NO_GUIDE_MESSAGE = "There is no guide with this slug.";

type ListSpec = {
  model: Prisma.ModelName;
  part: string;
  scope: "guide" | "phase";
  kind?: "TOPIC" | "ACTION";
  archivable: boolean;
  link?: { model: string; owner: string };
};

const LISTS: Record<ListName, ListSpec> = {
  subSkills: { model: "SubSkill", part: "subSkill", scope: "guide", archivable: true },
  phases: { model: "Phase", part: "phase", scope: "guide", archivable: true },
  topics: { model: "ChecklistItem", part: "checklistItem", scope: "phase", kind: "TOPIC", archivable: true },
  actions: { model: "ChecklistItem", part: "checklistItem", scope: "phase", kind: "ACTION", archivable: true },
  deliverables: {
    model: "Deliverable",
    part: "deliverable",
    scope: "phase",
    archivable: true,
    link: { model: "DeliverableSubSkill", owner: "deliverableId" },
  },
  levels: { model: "Level", part: "level", scope: "guide", archivable: false },
  quiz: { model: "QuizQuestion", part: "quizQuestion", scope: "guide", archivable: true },
  selfChecks: { model: "SelfCheckQuestion", part: "selfCheck", scope: "guide", archivable: true },
  projects: {
    model: "PortfolioProject",
    part: "project",
    scope: "guide",
    archivable: true,
    link: { model: "ProjectSubSkill", owner: "projectId" },
  },
  useCases: { model: "UseCase", part: "useCase", scope: "guide", archivable: true },
  redFlags: { model: "RedFlag", part: "redFlag", scope: "guide", archivable: true },
  faqs: { model: "Faq", part: "faq", scope: "guide", archivable: true },
};

const TRANSACTION = { timeout: 60_000, maxWait: 10_000 };

export async function importNewGuide(actor: Actor, slug: string, guide: StoredGuide): Promise<{ guideId: string }> {
  return db().$transaction(async (tx) => {
    if ((await tx.guide.count({ where: { slug } })) > 0)
      throw new ActionError(SLUG_TAKEN_MESSAGE, { slug: [SLUG_TAKEN_MESSAGE] });
    const { guideId } = await seedGuide(
      tx,
      {
        ...guide,
        slug,
        resources: [],
        resumePhraseSubSkills: [],
        rubrics: { deliverables: {}, project: [] },
      },
      { status: "DRAFT" },
    );
    await recordAudit(tx, {
      actor,
      action: "guide.imported",
      entityType: "Guide",
      entityId: guideId,
      after: { slug, title: guide.title, phases: guide.phases.length, subSkills: guide.subSkills.length },
    });
    return { guideId };
  }, TRANSACTION);
}

/** Applies `guide` over the guide with this slug; returns what changed (the plan it applied). */
export async function importNewVersion(
  actor: Actor,
  slug: string,
  guide: StoredGuide,
): Promise<{ guideId: string; plan: ImportPlan }> {
  return db().$transaction(async (tx) => {
    // Lock the guide row: two imports (or an import and an editor save) apply one after the other.
    const locked = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM "Guide" WHERE slug = ${slug} FOR UPDATE`;
    if (locked.length === 0) throw new ActionError(NO_GUIDE_MESSAGE, { slug: [NO_GUIDE_MESSAGE] });
    const current = (await readCurrentGuide(tx, { id: locked[0]!.id }))!;
    const plan = planImport(current, guide);
    await new Writer(tx, actor, current.id, current.lists.subSkills).apply(plan, current, guide);
    return { guideId: current.id, plan };
  }, TRANSACTION);
}

class Writer {
  private subSkillIds: Map<string, string>;

  constructor(
    private tx: Tx,
    private actor: Actor,
    private guideId: string,
    subSkills: Row[],
  ) {
    this.subSkillIds = new Map(subSkills.map((s) => [s.key, s.id]));
  }

  async apply(
    plan: ImportPlan,
    current: { fields: Values; sections: Record<TextSectionKind, string[]> },
    guide: StoredGuide,
  ) {
    if (plan.guideFields.length > 0) {
      const data = Object.fromEntries(plan.guideFields.map((name) => [name, guide[name as keyof StoredGuide]]));
      await this.tx.guide.update({ where: { id: this.guideId }, data });
      await this.audit("guide", "updated", "Guide", this.guideId, pick(current.fields, plan.guideFields), data);
    }
    const list = (name: ListName) => plan.lists.find((l) => l.list === name)!;
    // Sub-skills first: the other lists link to them by key.
    await this.applyList(list("subSkills"), { guideId: this.guideId });
    const phases = list("phases");
    const phaseIds = await this.applyList(phases, { guideId: this.guideId });
    for (const [index, items] of plan.phaseItems.entries()) {
      const phaseId = phaseIds[index]!;
      for (const name of ["topics", "actions", "deliverables"] as const) await this.applyList(items[name], { phaseId });
    }
    for (const name of ["levels", "quiz", "selfChecks", "projects", "useCases", "redFlags", "faqs"] as const)
      await this.applyList(list(name), { guideId: this.guideId });
    for (const { kind, before, after } of plan.sections) await this.replaceTexts(kind, before, after);
  }

  /** Writes one list's plan; returns the ids of the incoming items, in their order. */
  private async applyList(plan: ListPlan, scope: Record<string, string>): Promise<string[]> {
    const spec = LISTS[plan.list];
    const client = modelClient(this.tx, spec.model);
    const ids = new Map<unknown, string>();
    for (const item of plan.added) {
      const { columns, links } = this.columns(item.values);
      const { id } = await client.create({
        data: { ...scope, ...(spec.kind ? { kind: spec.kind } : {}), key: item.key, ...columns },
        select: { id: true },
      });
      await this.writeLinks(spec, id, links);
      if (plan.list === "subSkills") this.subSkillIds.set(item.key, id);
      ids.set(item, id);
      await this.audit(spec.part, "created", spec.model, id, null, {
        ...(spec.kind ? { kind: spec.kind } : {}),
        ...item.values,
      });
    }
    for (const { existing, incoming, changed, restored } of plan.matched) {
      ids.set(incoming, existing.id);
      if (changed.length === 0 && !restored) continue;
      const { columns, links } = this.columns(pick(incoming.values, changed));
      await client.update({
        where: { id: existing.id },
        data: { ...columns, ...(restored ? { archivedAt: null } : {}) },
      });
      if (links !== undefined) await this.writeLinks(spec, existing.id, links, true);
      if (restored) await this.audit(spec.part, "restored", spec.model, existing.id, null, null);
      if (changed.length > 0)
        await this.audit(
          spec.part,
          "updated",
          spec.model,
          existing.id,
          pick(existing.values, changed),
          pick(incoming.values, changed),
        );
    }
    if (spec.archivable) {
      for (const row of plan.removed) {
        await client.update({ where: { id: row.id }, data: { archivedAt: new Date() } });
        await this.audit(spec.part, "archived", spec.model, row.id, null, null);
      }
    }
    // Active items first, archived after them, as the editor keeps every list.
    if (spec.archivable)
      await normalizeList(this.tx, spec.part, { ...scope, ...(spec.kind ? { kind: spec.kind } : {}) });
    const incoming = [...plan.added, ...plan.matched.map((m) => m.incoming)].sort(
      (a, b) => Number(a.values.position) - Number(b.values.position),
    );
    return incoming.map((item) => ids.get(item)!);
  }

  /** Stored values → columns: sub-skills by key become ids (links apart), origins the enum's. */
  private columns(values: Values): { columns: Values; links: string[] | undefined } {
    const columns: Values = {};
    let links: string[] | undefined;
    for (const [name, value] of Object.entries(values)) {
      if (name === "subSkillKey") columns.subSkillId = this.subSkillId(String(value));
      else if (name === "subSkillKeys") links = (value as string[]).map((key) => this.subSkillId(key));
      else if (name === "origin") columns.origin = value === "guide" ? "GUIDE" : "ADDED";
      else columns[name] = value;
    }
    return { columns, links };
  }

  private subSkillId(key: string): string {
    const id = this.subSkillIds.get(key);
    if (!id) throw new ActionError(`Unknown sub-skill key ${key}`);
    return id;
  }

  private async writeLinks(spec: ListSpec, id: string, links: string[] | undefined, replace = false) {
    if (!spec.link || links === undefined) return;
    const client = modelClient(this.tx, spec.link.model);
    if (replace) await client.deleteMany({ where: { [spec.link.owner]: id } });
    if (links.length > 0)
      await client.createMany({ data: links.map((subSkillId) => ({ [spec.link!.owner]: id, subSkillId })) });
  }

  /** Text items have no key: rewritten in place by position, the surplus removed (no learner record points to them). */
  private async replaceTexts(kind: TextSectionKind, before: string[], after: string[]) {
    if (JSON.stringify(before) === JSON.stringify(after)) return;
    const where = { guideId: this.guideId, kind };
    for (const [position, text] of after.entries()) {
      if (position < before.length) {
        if (before[position] !== text)
          await this.tx.guideTextItem.update({
            where: { guideId_kind_position: { ...where, position } },
            data: { text },
          });
      } else await this.tx.guideTextItem.create({ data: { ...where, position, text } });
    }
    if (before.length > after.length)
      await this.tx.guideTextItem.deleteMany({ where: { ...where, position: { gte: after.length } } });
    await this.audit("textItem", "replaced", "Guide", this.guideId, { kind, items: before }, { kind, items: after });
  }

  private audit(
    part: string,
    verb: string,
    model: Prisma.ModelName,
    id: string,
    before: Values | null,
    after: Values | null,
  ) {
    return recordAudit(this.tx, {
      actor: this.actor,
      action: auditAction(part, verb),
      entityType: model,
      entityId: id,
      before: before as Prisma.InputJsonValue | null,
      after: after as Prisma.InputJsonValue | null,
    });
  }
}

const pick = (values: Values, names: readonly string[]): Values =>
  Object.fromEntries(names.map((name) => [name, values[name] ?? null]));

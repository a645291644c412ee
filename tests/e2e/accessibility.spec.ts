import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { navItemsFor } from "../../lib/auth/navigation";
import type { Role } from "../../lib/generated/prisma/enums";
import { mlInfrastructureGuide as guide } from "../../lib/guides/content/ml-infrastructure";
import { signInAfterSignUp, signInAs, SLOW, uniqueEmail, type DemoRole, type StorageState } from "./support/auth";
import { withDb } from "./support/page";

/**
 * axe-core (WCAG 2.0 / 2.1, levels A and AA) on every page of every role: no serious or
 * critical violation. The pages are listed below by their route in `app/`, and a test checks
 * that the list covers every page.tsx there and every link of the role navigation
 * (`lib/auth/navigation.ts`). Pages are read as the demo accounts (one sign-in per role);
 * the pages that need a write (a quiz being taken, forms in their error state) use a fresh
 * learner. The main pages of each role are checked again at 375 px, where the navigation wraps
 * onto a scrolling row of its own. Closed <details> holding forms or tables are opened first:
 * axe skips what is not rendered. Everything is audited in both colour schemes (issue 16 item
 * 12), color-contrast included: guests and the demo accounts follow the device, whose preference
 * each pass emulates; the role sessions are signed in once and reused by the second pass.
 */

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const SCHEMES = ["light", "dark"] as const;
const PHONE = { width: 375, height: 740 };
const PHASE_KEY = guide.phases[0]!.key;
const DELIVERABLE = guide.phases[0]!.deliverables[0]!.title;
const COHORT = `Accessibility cohort ${Date.now()}`;

type Entry = {
  /** The route as laid out in app/ (route groups dropped), or (not-found) / (forbidden). */
  route: string;
  /** Where to go; defaults to the route. */
  path?: string;
  /** For a route with an id: the link, on the page `from`, whose href to follow (then, on that page, the link `then`). */
  find?: { from: string; link: string | RegExp; then?: string | RegExp };
  /** Text of a <summary> to open before auditing. */
  open?: string;
  /** Audit again at 375 px. */
  phone?: boolean;
};

/**
 * A role's pages: every link of its navigation (lib/auth/navigation.ts) as it is, then
 * `entries`, which add options to a linked page or list the pages no link reaches directly.
 * The learner's list is built so (a new learner page is audited once it is in the navigation);
 * mentors and admins share links (/mentor, /account) that one audit covers, so theirs are written out.
 */
function withNavigation(role: Role, entries: Entry[]): Entry[] {
  const listed = new Set(entries.map((entry) => entry.route));
  const linked = navItemsFor(role)
    .filter((item) => !listed.has(item.href))
    .map((item) => ({ route: item.href }));
  return [...linked, ...entries];
}

const PAGES: Record<"public" | DemoRole, Entry[]> = {
  public: [
    { route: "/", phone: true },
    { route: "/sign-in", phone: true },
    { route: "/sign-up" },
    // The catalogue of published guides and a guide's overview.
    { route: "/guides", phone: true },
    { route: "/guides/[slug]", path: "/guides/ml-infrastructure" },
    { route: "/forgot-password" },
    { route: "/reset-password", path: `/reset-password?token=${"A".repeat(43)}` },
    { route: "(not-found)", path: "/no-such-page" },
  ],
  learner: withNavigation("LEARNER", [
    { route: "/dashboard", phone: true },
    // The log form, the list and the link to the import.
    { route: "/hours", phone: true },
    // The import form, its rules and the CSV format help (a closed <details>).
    { route: "/hours/import", open: "File format", phone: true },
    // The printable report: period form, chart and tables (this month, the learner's hours).
    { route: "/hours/report", phone: true },
    { route: "/phases/[phaseKey]", path: `/phases/${PHASE_KEY}`, open: "Frequently asked questions" },
    { route: "/career", phone: true },
    { route: "/sub-skills/[subSkillKey]", path: `/sub-skills/${guide.subSkills[0]!.key}` },
    { route: "/deliverables/[deliverableId]", find: { from: `/phases/${PHASE_KEY}`, link: DELIVERABLE } },
    // The demo learner's picked idea (pickDemoProject): its form, "Submit for review" and reviews.
    { route: "/projects/[progressId]", find: { from: "/projects", link: /^(Describe it and submit|See its reviews)/ } },
    // A submitted attempt here; an attempt being taken is audited with the forms below.
    { route: "/quiz/[attemptId]", find: { from: "/quiz", link: "View attempt 1" } },
    { route: "/notifications" },
    // Profile and the colour scheme switch (system / light / dark).
    { route: "/account", phone: true },
    { route: "/account/password" },
    { route: "/account/notifications" },
    { route: "/account/delete" },
    { route: "(forbidden)", path: "/admin" },
  ]),
  mentor: [
    { route: "/mentor", phone: true },
    { route: "/mentor/mentees/[learnerId]", find: { from: "/mentor", link: "Lee Learner" } },
    {
      route: "/mentor/mentees/[learnerId]/quiz/[attemptId]",
      find: { from: "/mentor", link: "Lee Learner", then: "View attempt 1" },
      phone: true,
    },
    { route: "/mentor/reviews" },
    {
      route: "/mentor/reviews/[submissionId]",
      find: { from: "/mentor/reviews", link: /^Review / },
      open: "What the deliverable asks for",
      phone: true,
    },
  ],
  admin: [
    { route: "/admin", phone: true },
    { route: "/admin/curriculum" },
    // Every part's editor is one route (lib/curriculum/parts): each of its pages is audited.
    { route: "/admin/curriculum/[part]", path: "/admin/curriculum/settings" },
    { route: "/admin/curriculum/[part]", path: "/admin/curriculum/phases", open: "Edit" },
    { route: "/admin/curriculum/phases/[phaseId]", find: { from: "/admin/curriculum/phases", link: /^Phase 1 · / } },
    // A topic's resources, in their disclosure.
    {
      route: "/admin/curriculum/phases/[phaseId]",
      find: { from: "/admin/curriculum/phases", link: /^Phase 1 · / },
      open: "Topic: ML lifecycle stages",
    },
    { route: "/admin/curriculum/[part]", path: "/admin/curriculum/sub-skills" },
    { route: "/admin/curriculum/[part]", path: "/admin/curriculum/levels" },
    { route: "/admin/curriculum/[part]", path: "/admin/curriculum/quiz" },
    { route: "/admin/curriculum/[part]", path: "/admin/curriculum/self-checks" },
    { route: "/admin/curriculum/[part]", path: "/admin/curriculum/projects" },
    { route: "/admin/curriculum/text" },
    { route: "/admin/curriculum/text/[section]", path: "/admin/curriculum/text/learning-tips" },
    { route: "/admin/curriculum/text/[section]", path: "/admin/curriculum/text/resume-phrases", open: "Edit" },
    { route: "/admin/curriculum/text/[section]", path: "/admin/curriculum/text/faq" },
    { route: "/admin/curriculum/text/[section]", path: "/admin/curriculum/text/use-cases" },
    { route: "/admin/curriculum/text/[section]", path: "/admin/curriculum/text/red-flags" },
    { route: "/admin/users" },
    // Role, deactivation, mentor assignments and the account's history.
    {
      route: "/admin/users/[userId]",
      find: { from: "/admin/users?q=learner%40skilltrail.dev", link: "Lee Learner" },
      phone: true,
    },
    { route: "/admin/audit" },
    // Guides: the list, one guide's settings and lifecycle, the import page.
    { route: "/admin/guides" },
    { route: "/admin/guides/[slug]", path: "/admin/guides/ml-infrastructure" },
    { route: "/admin/guides/import" },
    { route: "/admin/cohorts" },
    { route: "/admin/cohorts/[cohortId]", find: { from: "/admin/cohorts", link: COHORT } },
  ],
};

/** Each role's signed-in session, from the first scheme's pass, for the second's (tests run in order, in one worker). */
const sessions = new Map<DemoRole, StorageState>();

// @axe-core/playwright evaluates axe's 650 kB source before every run, twice in legacy mode;
// the guard makes every evaluation after the first in a document a no-op.
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const guardedAxeSource = `if (typeof window.axe === "undefined") {\n${axeSource}\n}`;

type Violation = {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown; failureSummary?: string }[];
};

function describe(violations: Violation[]): string {
  return violations
    .map(
      (v) =>
        `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes
          .map(
            (n) => `      ${JSON.stringify(n.target)} ${n.failureSummary?.split("\n").slice(1).join(" ").trim() ?? ""}`,
          )
          .join("\n"),
    )
    .join("\n");
}

/** Waits for the page's own content (not a loading skeleton), then runs axe; soft, so one test reports every page. */
async function audit(page: Page, label: string) {
  await expect(page.locator("main h1").first()).toBeVisible();
  // The page is drawn in the scheme the pass asks for (the device's, or the one the user saved).
  const scheme = await page.evaluate(() => ({
    preferred: matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light",
    drawn: getComputedStyle(document.documentElement).colorScheme,
  }));
  expect.soft(scheme.drawn, `${label} is drawn in the device's scheme`).toBe(scheme.preferred);
  // Parts the browser draws only when scrolled near (the dashboard's heatmap, aria-busy until
  // then) are scrolled to and awaited: axe skips what is not rendered.
  await expect(async () => {
    await page.evaluate(() => document.querySelector('[aria-busy="true"]')?.scrollIntoView());
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 1_000 });
  }).toPass();
  // Legacy mode runs axe in the page itself (the app has no frames) instead of finishing in a
  // second blank page, and only violations are collected: together about twice as fast.
  const { violations } = await new AxeBuilder({ page, axeSource: guardedAxeSource })
    .withTags(TAGS)
    .options({ resultTypes: ["violations"] })
    .setLegacyMode()
    .analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect
    .soft(
      serious.map((v) => v.id),
      `${label} has serious or critical axe violations:\n${describe(serious)}`,
    )
    .toEqual([]);
}

/**
 * Goes to `target` the way a click on a link would: through the App Router when the tab already
 * shows a page of the app (no reload, so no new hydration and axe stays injected: about a third
 * less work per page), else by loading it. Waits for the page's own content, not a skeleton.
 */
async function navigate(tab: Page, target: string) {
  const routed = await tab
    .evaluate((to) => {
      const router = (window as { next?: { router?: { push(href: string): void } } }).next?.router;
      router?.push(to);
      return Boolean(router);
    }, target)
    .catch(() => false);
  if (!routed) await tab.goto(target, { waitUntil: "domcontentloaded" });
  await tab.waitForURL((url) => url.pathname + url.search === target);
  await expect(tab.locator("main h1").first()).toBeVisible();
  await expect(tab.locator("main .animate-pulse")).toHaveCount(0);
  // After a client-side navigation Next applies the page's <title> a moment after its content:
  // wait for it, so axe's document-title rule judges the page, not that moment. A page without
  // a title still fails, here.
  await expect(tab, `${target} has a document title`).toHaveTitle(/\S/);
}

/**
 * Audits each entry at desktop size, then the `phone` ones at 375 px, two tabs at a time: axe
 * is CPU-bound in the browser while the server renders the next page, so two tabs keep both
 * cores of a small machine busy.
 */
async function auditEntries(page: Page, entries: readonly Entry[]) {
  const targets: Array<Entry & { path: string }> = [];
  for (const entry of entries) {
    let target = entry.path ?? entry.route;
    if (entry.find) {
      let from = entry.find.from;
      for (const link of [entry.find.link, ...(entry.find.then ? [entry.find.then] : [])]) {
        await page.goto(from, { waitUntil: "domcontentloaded" });
        const href = await page.getByRole("main").getByRole("link", { name: link }).first().getAttribute("href");
        expect(href, `a link named ${link} on ${from}`).toBeTruthy();
        from = href!;
      }
      target = from;
    }
    targets.push({ ...entry, path: target });
  }
  const run = async (list: typeof targets, viewport: { width: number; height: number }, label: string) => {
    const queue = [...list];
    const tabs = [page, await page.context().newPage()];
    await Promise.all(
      tabs.map(async (tab) => {
        await tab.setViewportSize(viewport);
        for (let next = queue.shift(); next; next = queue.shift()) {
          await navigate(tab, next.path);
          if (next.open) await tab.getByRole("main").locator("summary", { hasText: next.open }).first().click();
          await audit(tab, `${next.route} at ${next.path}${next.open ? ` with “${next.open}” open` : ""} (${label})`);
        }
      }),
    );
    await tabs[1]!.close();
  };
  await run(targets, { width: 1280, height: 720 }, "desktop");
  await run(
    targets.filter((t) => t.phone),
    PHONE,
    "375 px",
  );
}

test.describe("accessibility (axe, WCAG 2.1 A/AA)", () => {
  test.describe.configure({ timeout: 120_000 });

  test("the list covers every page in app/ and every navigation link", () => {
    const listed = new Set(Object.values(PAGES).flatMap((entries) => entries.map((e) => e.route)));
    expect(appRoutes().filter((route) => !listed.has(route))).toEqual([]);
    const navigation = (["LEARNER", "MENTOR", "ADMIN"] as const).flatMap((role) =>
      navItemsFor(role).map((item) => item.href),
    );
    expect(navigation.filter((href) => !listed.has(href))).toEqual([]);
  });

  for (const scheme of SCHEMES) {
    test.describe(`${scheme} scheme`, () => {
      // Emulates the device's preference, which guests and users on "system" follow.
      test.use({ colorScheme: scheme });

      test(`public pages (${scheme})`, async ({ page }) => {
        await auditEntries(page, PAGES.public);
      });

      for (const role of ["learner", "mentor", "admin"] as const satisfies readonly DemoRole[]) {
        test(`${role} pages (${scheme})`, async ({ page }) => {
          // One sign-in per role: the first pass signs in, the second reuses its session cookie.
          const session = sessions.get(role);
          if (session) await page.context().addCookies(session.cookies);
          else {
            await signInAs(page, role);
            sessions.set(role, await page.context().storageState());
          }
          const cohortId = role === "admin" ? await createCohort() : null;
          if (role === "learner") await pickDemoProject();
          try {
            await auditEntries(page, PAGES[role]);
          } finally {
            if (cohortId) await deleteCohort(cohortId);
          }
        });
      }

      test(`forms in their error state, and a quiz being taken (${scheme})`, async ({ page }) => {
        // Sign-in refused: the form-level message.
        await page.goto("/sign-in");
        await page.getByLabel("Email").fill("nobody@example.com");
        await page.getByLabel("Password").fill("not the password");
        await page.getByRole("button", { name: "Sign in" }).click();
        await expect(page.getByTestId("form-message")).toBeVisible();
        await audit(page, "/sign-in with an error");

        // Sign-up refused on its fields (a malformed email, a common password): messages and red
        // borders. Then corrected: the fresh learner whose empty pages and refused forms follow.
        await navigate(page, "/sign-up");
        await page.getByLabel("Name").fill("Axe Learner");
        await page.getByLabel("Email").fill("not-an-email");
        await page.getByLabel("Password").fill("password1234");
        await page.getByRole("button", { name: "Create account" }).click();
        await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
        await audit(page, "/sign-up with errors");
        const email = uniqueEmail("axe");
        await page.getByLabel("Email").fill(email);
        await page.getByLabel("Password").fill("copper meadow lantern ninety");
        await page.getByRole("button", { name: "Create account" }).click();
        await signInAfterSignUp(page, email, "copper meadow lantern ninety");

        // The colour scheme saved explicitly (not "system"), with the form's confirmation showing;
        // the pages after it are drawn in the saved scheme.
        await navigate(page, "/account");
        await page.getByRole("radio", { name: scheme === "dark" ? "Dark" : "Light" }).check();
        await page.getByRole("button", { name: "Save colour scheme" }).click();
        await expect(page.getByTestId("form-message")).toHaveText("Colour scheme saved.", SLOW);
        await expect(page.locator("html")).toHaveAttribute("data-color-scheme", scheme);
        await audit(page, "/account with the colour scheme saved");

        await navigate(page, "/hours");
        const log = page.getByRole("form", { name: "Log time" });
        await log.getByRole("button", { name: "Log time" }).click();
        await expect(log.getByLabel("Duration")).toHaveAttribute("aria-invalid", "true");
        await audit(page, "/hours with errors (empty learner)");
        await page.setViewportSize(PHONE);
        await audit(page, "/hours with errors (375 px)");
        await page.setViewportSize({ width: 1280, height: 720 });

        await navigate(page, `/phases/${PHASE_KEY}`);
        await page.getByRole("link", { name: DELIVERABLE }).click();
        await page.getByLabel("Repository URL").fill("javascript:alert(1)");
        await page.getByRole("button", { name: "Submit for review" }).click();
        await expect(page.getByLabel("Repository URL")).toHaveAttribute("aria-invalid", "true");
        await audit(page, "deliverable form with errors");

        await navigate(page, "/quiz");
        await page.getByRole("button", { name: "Take the quiz" }).click();
        await expect(page).toHaveURL(/\/quiz\/[^/]+$/, SLOW);
        await page.getByRole("button", { name: "Submit answers" }).click();
        await expect(page.getByTestId("form-message")).toBeVisible();
        await audit(page, "quiz being taken, submitted unanswered");
      });
    });
  }
});

/** Every page.tsx under app/ as a route ("(app)/phases/[phaseKey]/page.tsx" → "/phases/[phaseKey]"), plus the special pages. */
function appRoutes(): string[] {
  const app = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../app");
  const files = readdirSync(app, { recursive: true, encoding: "utf8" }).map((file) => file.split(path.sep).join("/"));
  const routes = files
    .filter((file) => file.endsWith("/page.tsx") || file === "page.tsx")
    .map((file) => `/${file.replace(/(^|\/)page\.tsx$/, "")}`.replace(/\/\([^)]+\)/g, "").replace(/^$/, "/") || "/");
  const special = (["not-found", "forbidden"] as const)
    .filter((name) => files.includes(`${name}.tsx`))
    .map((name) => `(${name})`);
  return [...new Set([...routes, ...special])].sort();
}

/** The guide's first project idea picked by the demo learner (once; kept, like a learner's own pick). */
async function pickDemoProject(): Promise<void> {
  await withDb(async (db) => {
    await db.query(
      `INSERT INTO "ProjectProgress" (id, "learnerId", "projectId", "updatedAt")
       SELECT $1, u.id, p.id, now() FROM "User" u, "PortfolioProject" p JOIN "Guide" g ON g.id = p."guideId"
        WHERE u.email = 'learner@skilltrail.dev' AND g.slug = 'ml-infrastructure' AND p."archivedAt" IS NULL
        ORDER BY p.position LIMIT 1
       ON CONFLICT ("learnerId", "projectId") DO NOTHING`,
      [`a11y-project-${Date.now()}`],
    );
  });
}

/** A cohort with the demo learner in it, so the cohort table has a row; removed afterwards. */
async function createCohort(): Promise<string> {
  return withDb(async (db) => {
    const id = `a11y-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
    await db.query(
      `INSERT INTO "Cohort" (id, "guideId", name, "startDate")
       SELECT $1, g.id, $2, CURRENT_DATE - 30 FROM "Guide" g WHERE g.slug = 'ml-infrastructure'`,
      [id, COHORT],
    );
    await db.query(
      `INSERT INTO "CohortMember" ("cohortId", "learnerId") SELECT $1, id FROM "User" WHERE email = 'learner@skilltrail.dev'`,
      [id],
    );
    return id;
  });
}

async function deleteCohort(id: string) {
  await withDb((db) => db.query(`DELETE FROM "Cohort" WHERE id = $1`, [id]));
}

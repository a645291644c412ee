import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { newLearnerPage, newPageAs } from "./support/auth";
import { withDb } from "./support/page";

/**
 * Attachments across two people: a learner attaches a PDF to their draft (after a page named
 * .pdf is refused at the field) and submits; the demo mentor, assigned to them, downloads it
 * from the review page, and the file comes as a download with the headers that keep a browser
 * from rendering it. Another learner (the demo learner) asking for the same address gets a 404. The PDF is the
 * full 10 MiB, so the upload also proves the server action and proxy body limits let it through.
 */

const DELIVERABLE_KEY = "dockerized-ml-api";
const TEN_MIB = 10 * 1024 * 1024;

function pdfOf(size: number): Buffer {
  const pdf = Buffer.alloc(size, 0x20);
  pdf.write("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n");
  pdf.write("\n%%EOF\n", size - 7);
  return pdf;
}

test.describe("attachments", () => {
  // Two sign-ups, a sign-in and a 10 MiB upload and download: a loaded machine needs the room.
  test.describe.configure({ timeout: 240_000 });

  test("a learner attaches a PDF to a submission and their mentor downloads it", async ({ browser }) => {
    const learnerName = `Ada Attach ${randomUUID().slice(0, 6)}`;
    const { page: learner, email } = await newLearnerPage(browser, { name: learnerName, prefix: "attach" });
    const { learnerId, deliverableId } = await withDb(async (db) => {
      const ids = await db.query<{ learner: string; mentor: string; deliverable: string }>(
        `SELECT (SELECT id FROM "User" WHERE email = $1) AS learner,
                (SELECT id FROM "User" WHERE email = 'mentor@skilltrail.dev') AS mentor,
                (SELECT d.id FROM "Deliverable" d JOIN "Phase" p ON p.id = d."phaseId" JOIN "Guide" g ON g.id = p."guideId"
                  WHERE d.key = $2 AND g.slug = 'ml-infrastructure') AS deliverable`,
        [email, DELIVERABLE_KEY],
      );
      const row = ids.rows[0]!;
      await db.query(`INSERT INTO "MentorAssignment" (id, "mentorId", "learnerId") VALUES ($1, $2, $3)`, [
        `e2e-${randomUUID()}`,
        row.mentor,
        row.learner,
      ]);
      return { learnerId: row.learner, deliverableId: row.deliverable };
    });

    // Files belong to a version: the learner saves a draft first.
    await learner.goto(`/deliverables/${deliverableId}`);
    await expect(learner.getByText("Save a draft first, then attach files to it.")).toBeVisible();
    await learner.getByLabel("Repository URL").fill("https://github.com/example/dockerized-api");
    await learner.getByLabel("Description").fill("The design notes are attached.");
    await learner.getByRole("button", { name: "Save draft" }).click();
    await expect(learner.getByText("Draft of version 1 saved.")).toBeVisible();

    // An HTML page named .pdf is refused at the field, from its bytes.
    const input = learner.getByLabel("Attach a file");
    await input.setInputFiles({
      name: "report.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("<!doctype html><script>window.__xss=1</script>"),
    });
    await learner.getByRole("button", { name: "Attach file" }).click();
    await expect(input).toHaveAccessibleDescription(/named \.pdf but it is text, not a PDF/);
    await expect(input).toHaveAttribute("aria-invalid", "true");

    await input.setInputFiles({ name: "Design notes.pdf", mimeType: "application/pdf", buffer: pdfOf(TEN_MIB) });
    await learner.getByRole("button", { name: "Attach file" }).click();
    const draftFiles = learner.getByRole("list", { name: "Files of this draft" });
    // 10 MiB through a server action, sniffed and stored: slower than a click on a loaded machine.
    await expect(draftFiles.getByRole("listitem")).toHaveCount(1, { timeout: 60_000 });
    await expect(draftFiles).toContainText("Design notes.pdf");
    await expect(draftFiles).toContainText("PDF · 10.0 MB");
    await expect(input).not.toHaveAttribute("aria-invalid");

    await learner.getByRole("button", { name: "Submit for review" }).click();
    await expect(learner.getByTestId("submission-status").first()).toHaveText("Submitted");
    // Submitted files are listed with the version, no longer removable.
    const versionFiles = learner.getByRole("list", { name: "Files of version 1" });
    await expect(versionFiles).toContainText("Design notes.pdf");
    await expect(learner.getByRole("button", { name: "Remove Design notes.pdf" })).toHaveCount(0);

    // The mentor downloads it from the review page.
    const submissionId = await withDb(async (db) => {
      const rows = await db.query<{ id: string }>(
        `SELECT id FROM "Submission" WHERE "learnerId" = $1 AND "deliverableId" = $2`,
        [learnerId, deliverableId],
      );
      return rows.rows[0]!.id;
    });
    const mentor = await newPageAs(browser, "mentor");
    await mentor.goto(`/mentor/reviews/${submissionId}`);
    const link = mentor
      .getByRole("list", { name: "Files of version 1" })
      .getByRole("link", { name: "Design notes.pdf" });
    const href = (await link.getAttribute("href"))!;
    const [download] = await Promise.all([mentor.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toBe("Design notes.pdf");

    const response = await mentor.request.get(href);
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers["content-type"]).toBe("application/pdf");
    expect(headers["content-disposition"]).toBe(
      `attachment; filename="Design notes.pdf"; filename*=UTF-8''Design%20notes.pdf`,
    );
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["content-security-policy"]).toMatch(/^sandbox; default-src 'none'/);
    expect(headers["cache-control"]).toMatch(/^private/);
    const body = await response.body();
    expect(body.byteLength).toBe(TEN_MIB);
    expect(body.subarray(0, 5).toString()).toBe("%PDF-");

    // Another learner learns nothing: the same 404 as a file that does not exist.
    const other = await newPageAs(browser, "learner");
    const refused = await other.request.get(href);
    expect(refused.status()).toBe(404);
    expect(refused.headers()["content-disposition"]).toBeUndefined();
    const missing = await other.request.get("/api/attachments/cnotanattachment000000000");
    expect(missing.status()).toBe(404);
    expect(await refused.text()).toBe(await missing.text());
  });
});

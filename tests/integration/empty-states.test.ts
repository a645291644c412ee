import { randomUUID } from "node:crypto";
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { signInAs } from "../support/action-mocks";

// Client leaves (the quiz's start button) ask for the app router, which only Next.js mounts.
vi.mock("next/navigation", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/navigation")>()),
  useRouter: () => ({ push: () => {}, replace: () => {}, refresh: () => {}, back: () => {}, prefetch: () => {} }),
}));

/**
 * Every list that can be empty says what to do next (issue 16 item 13). The real pages are
 * rendered for a fresh user of each role against the test database, so the empty state is the
 * one the page really reaches, not a component given an empty array by hand.
 */
const { default: MentorPage } = await import("@/app/(app)/mentor/page");
const { default: ReviewQueuePage } = await import("@/app/(app)/mentor/reviews/page");
const { default: NotificationsPage } = await import("@/app/(app)/notifications/page");
const { default: QuizPage } = await import("@/app/(app)/(learner)/quiz/page");
const { default: UsersPage } = await import("@/app/(app)/admin/users/page");
const { CohortList } = await import("@/components/cohorts/cohort-list");
const { MenteeList } = await import("@/components/mentor/mentee-list");
const { createEnrolledLearner, createTestUser } = await import("../support/db");

const html = (element: ReactElement) => renderToStaticMarkup(element);
const params = (values: Record<string, string> = {}) => ({ searchParams: Promise.resolve(values) });
/** The link of an empty state's next step: `<a href="…">label</a>` (ButtonLink renders an anchor). */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const linkTo = (href: string, label: string) => new RegExp(`<a[^>]*href="${escape(href)}"[^>]*>${escape(label)}</a>`);

describe("empty states", () => {
  it("a mentor with no mentees is told who assigns them", async () => {
    signInAs(await createTestUser("MENTOR"));
    const page = html(await MentorPage());
    expect(page).toContain("No mentees yet");
    expect(page).toContain("An admin assigns learners to you");
  });

  it("an admin whose learners have no mentor is sent to assign one", () => {
    const list = html(createElement(MenteeList, { mentees: [], viewerRole: "ADMIN" }));
    expect(list).toContain("No learner has a mentor yet");
    expect(list).toMatch(linkTo("/admin/users?role=LEARNER", "Find a learner to assign"));
  });

  it("an admin with no cohorts is pointed at the form that creates one", () => {
    const list = html(createElement(CohortList, { cohorts: [], formId: "new-cohort" }));
    expect(list).toContain("No cohorts yet");
    expect(list).toMatch(linkTo("#new-cohort", "Create a cohort"));
  });

  it("a learner with no quiz attempts is invited to take it", async () => {
    signInAs(await createEnrolledLearner());
    const page = html(await QuizPage(params()));
    expect(page).toContain("You haven&#x27;t taken the quiz yet");
    expect(page).toContain("Take the quiz");
  });

  it("a learner with no notifications is sent to the work that brings the first one", async () => {
    signInAs(await createEnrolledLearner());
    const page = html(await NotificationsPage(params()));
    expect(page).toContain("No notifications yet");
    expect(page).toMatch(linkTo("/phases", "Go to your phases"));
  });

  it("a mentor with an empty review queue is sent to their mentees", async () => {
    signInAs(await createTestUser("MENTOR"));
    const page = html(await ReviewQueuePage(params()));
    expect(page).toContain("Nothing is waiting for your review");
    expect(page).toMatch(linkTo("/mentor", "See your mentees"));
  });

  it("a user search that matches nobody offers to clear it", async () => {
    signInAs(await createTestUser("ADMIN"));
    const page = html(await UsersPage(params({ q: `nobody-${randomUUID()}` })));
    expect(page).toContain("No users match");
    expect(page).toMatch(linkTo("/admin/users", "Clear the search"));
  });
});

import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Keyboard-only helpers: Tab through a page or a form, checking at every stop that the focused
 * element shows a focus ring, and read what a screen reader would be told about an error.
 * Nothing here clicks or fills; typing goes to whatever has the focus (`page.keyboard.type`).
 */

export type FocusStop = {
  /** Short description for messages: tag, name/label, text. */
  what: string;
  /** The element's position among the tabbable elements `markTabbables` numbered, if any. */
  order: number | null;
  /** Matches :focus-visible and draws an outline or a box-shadow ring. */
  ringVisible: boolean;
  inside: boolean;
};

/** Describes the focused element, and whether it is inside `scope`. One round trip per call. */
async function focusStop(page: Page, scope?: Locator): Promise<FocusStop | null> {
  return scope ? scope.evaluate(describeFocus) : page.evaluate(describeFocus, null);
}

/** Runs in the page. */
function describeFocus(container: Element | null): FocusStop | null {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body || el === document.documentElement) return null;
  // A date input's calendar button is a control inside the browser's own shadow tree: the
  // input stays document.activeElement without matching :focus, and the browser draws that
  // button's ring itself, out of reach of getComputedStyle.
  if (el instanceof HTMLInputElement && !el.matches(":focus")) {
    return {
      what: `<input type=${el.type}> (its picker button)`,
      order: el.dataset.kbOrder !== undefined ? Number(el.dataset.kbOrder) : null,
      ringVisible: true,
      inside: container ? container.contains(el) : false,
    };
  }
  const style = getComputedStyle(el);
  const transparent = (color: string) => color === "transparent" || /rgba?\(.*,\s*0\)$|\/\s*0\)$/.test(color);
  const outline =
    style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0 && !transparent(style.outlineColor);
  // A ring drawn with box-shadow has no offset and no blur, only a spread (Tailwind's ring-*);
  // a drop shadow (shadow-sm on every input) is not a focus indicator.
  const shadow = /\b0px 0px 0px [1-9]/.test(style.boxShadow);
  const label =
    el.getAttribute("aria-label") ??
    (el as HTMLInputElement).labels?.[0]?.textContent ??
    el.getAttribute("name") ??
    el.textContent ??
    "";
  return {
    what: `<${el.tagName.toLowerCase()}${el.getAttribute("type") ? ` type=${el.getAttribute("type")}` : ""}> ${label.trim().replace(/\s+/g, " ").slice(0, 60)}`,
    order: el.dataset.kbOrder !== undefined ? Number(el.dataset.kbOrder) : null,
    ringVisible: el.matches(":focus-visible") && (outline || shadow),
    inside: container ? container.contains(el) : false,
  };
}

/** The focused element draws a visible focus indicator. */
export async function expectFocusRing(page: Page) {
  const stop = await focusStop(page);
  expect(stop, "something has the focus").not.toBeNull();
  expect(stop!.ringVisible, `focus ring on ${stop!.what}`).toBe(true);
}

/**
 * Presses `key` until `target` has the focus (nothing, if it has it already), checking the
 * focus ring at every stop on the way.
 */
export async function pressUntilFocused(page: Page, target: Locator, { key = "Tab", max = 80 } = {}) {
  const seen: string[] = [];
  if ((await focusStop(page, target))?.inside) return;
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press(key);
    const stop = await focusStop(page, target);
    if (stop) {
      seen.push(stop.what);
      expect(stop.ringVisible, `focus ring on ${stop.what}`).toBe(true);
      if (stop.inside) return;
    }
  }
  throw new Error(`${key} never reached ${target}; stops: ${seen.join(" | ")}`);
}

/**
 * Numbers the tabbable elements inside `container` in document order (a radio group counts
 * once; what is not rendered, like the inside of a closed <details>, is skipped). Returns how many.
 */
async function markTabbables(container: Locator): Promise<number> {
  return container.evaluate((root) => {
    root.querySelectorAll("[data-kb-order]").forEach((el) => el.removeAttribute("data-kb-order"));
    const candidates = root.querySelectorAll<HTMLElement>(
      "a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]",
    );
    let order = -1;
    const groups = new Map<string, number>();
    for (const el of candidates) {
      if (el.tabIndex < 0 || (el as HTMLButtonElement).disabled) continue;
      // Not rendered (e.g. inside a closed <details>): no box, no tab stop.
      const box = el.getBoundingClientRect();
      if (getComputedStyle(el).visibility === "hidden" || (box.width === 0 && box.height === 0)) continue;
      if (el instanceof HTMLInputElement && el.type === "radio") {
        const key = `${el.form?.id ?? ""}:${el.name}`;
        if (!groups.has(key)) groups.set(key, ++order);
        el.dataset.kbOrder = String(groups.get(key));
        continue;
      }
      el.dataset.kbOrder = String(++order);
    }
    return order + 1;
  });
}

/**
 * With the focus on the first tabbable element of `container`: Tab visits every tabbable
 * element in document order (the order they are laid out in), each with a focus ring, then
 * leaves; Shift+Tab visits them all again in reverse. Ends with the focus back on the first.
 * A date input's day/month/year parts are one element, so repeated stops on it count once.
 */
export async function expectTabOrder(page: Page, container: Locator) {
  const count = await markTabbables(container);
  expect(count, "tabbable elements in the container").toBeGreaterThan(0);
  const walk = async (key: "Tab" | "Shift+Tab") => {
    const start = await focusStop(page, container);
    const visited: number[] = start?.order !== null && start?.order !== undefined ? [start.order] : [];
    const names: string[] = start ? [start.what] : [];
    for (let i = 0; i < count * 4 + 4; i += 1) {
      await page.keyboard.press(key);
      const stop = await focusStop(page, container);
      if (!stop || !stop.inside) return { visited, names };
      expect(stop.ringVisible, `focus ring on ${stop.what}`).toBe(true);
      if (stop.order === null) throw new Error(`${stop.what} took the focus but is not a tabbable control of the form`);
      if (visited.at(-1) !== stop.order) {
        visited.push(stop.order);
        names.push(stop.what);
      }
    }
    throw new Error(`${key} never left the container: ${names.join(" | ")}`);
  };
  const forward = await walk("Tab");
  expect(forward.visited, `Tab order: ${forward.names.join(" → ")}`).toEqual([...Array(count).keys()]);
  // Now just after the container: come back through it.
  const backward = await walk("Shift+Tab");
  expect(backward.visited, `Shift+Tab order: ${backward.names.join(" → ")}`).toEqual(
    [...Array(count).keys()].reverse(),
  );
  await page.keyboard.press("Tab");
  const first = await focusStop(page, container);
  expect(first?.order, "back on the first element").toBe(0);
}

/**
 * The error a screen reader hears for `field`: it is aria-invalid, its aria-describedby names
 * an element with the message, and that element sits in a live region (or is an alert).
 */
export async function expectAnnouncedError(field: Locator, message: RegExp) {
  await expect(field).toHaveAttribute("aria-invalid", "true");
  const descriptions = await field.evaluate((el) =>
    (el.getAttribute("aria-describedby") ?? "")
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => {
        const description = document.getElementById(id);
        return {
          text: description?.textContent ?? "",
          live: Boolean(
            description?.closest('[aria-live="polite"], [aria-live="assertive"], [role="alert"], [role="status"]'),
          ),
        };
      }),
  );
  const match = descriptions.find((d) => message.test(d.text));
  expect(match, `a description matching ${message} among ${JSON.stringify(descriptions)}`).toBeTruthy();
  expect(match!.live, "the message is in a live region").toBe(true);
}

/** The form-level message (FormMessage) is in a live region. */
export async function expectLiveMessage(scope: Page | Locator, text: string | RegExp) {
  const message = scope.getByTestId("form-message").filter({ hasText: text });
  await expect(message).toBeVisible();
  expect(
    await message.evaluate((el) =>
      Boolean(el.closest('[aria-live="polite"], [aria-live="assertive"], [role="alert"], [role="status"]')),
    ),
  ).toBe(true);
}

/** Selects the whole value of the focused field and types over it. */
export async function retype(page: Page, text: string) {
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type(text);
}

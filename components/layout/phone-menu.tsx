"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef, type ReactNode } from "react";

/**
 * The navigation below the `sm` breakpoint: a native disclosure (`<details>`/`<summary>`), so
 * it opens with a tap, Enter or Space, and without JavaScript. The header lives in the root
 * layout and survives client-side navigation, so the menu closes when a link in it is
 * followed or the page changes (back and forward).
 */
export function PhoneMenu({ children }: { children: ReactNode }) {
  const menu = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [pathname]);
  return (
    <details
      ref={menu}
      className="group sm:hidden"
      // A link to the page already shown changes no path: close on the click itself as well.
      onClick={(event) => {
        if (menu.current && (event.target as Element).closest("a")) menu.current.open = false;
      }}
    >
      <summary className="inline-flex h-10 cursor-pointer list-none items-center gap-2 rounded-md border border-slate-300 px-3 text-sm font-medium text-slate-800 hover:bg-slate-100 [&::-webkit-details-marker]:hidden">
        Menu
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 transition-transform group-open:rotate-180">
          <path d="M5 7.5 10 12.5 15 7.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
      </summary>
      {children}
    </details>
  );
}

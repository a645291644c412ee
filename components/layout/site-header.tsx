import Link from "next/link";
import type { ReactNode } from "react";
import { NavLink } from "./nav-link";

export type NavItem = { href: string; label: string };

export type SiteHeaderProps = {
  /** Primary navigation; empty for signed-out pages, filled in by the signed-in layout. */
  nav?: readonly NavItem[];
  /** Right-hand slot: sign-in link, user menu, sign-out form. */
  actions?: ReactNode;
};

export function SiteHeader({ nav = [], actions }: SiteHeaderProps) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex w-full max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-center gap-2 rounded-md text-lg font-bold tracking-tight text-slate-900">
          <span
            aria-hidden="true"
            className="grid size-7 place-items-center rounded-md bg-brand-700 text-sm text-white"
          >
            S
          </span>
          Skilltrail
        </Link>
        {nav.length > 0 ? (
          // On narrow screens the nav drops to its own full-width row and scrolls sideways.
          <nav
            aria-label="Main"
            className="order-last -mx-1 w-full overflow-x-auto sm:order-none sm:mx-0 sm:w-auto sm:flex-1"
          >
            <ul className="flex items-center gap-1">
              {nav.map((item) => (
                <li key={item.href}>
                  <NavLink href={item.href} label={item.label} hrefs={nav.map((link) => link.href)} />
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        {actions ? <div className="ml-auto flex items-center gap-2">{actions}</div> : null}
      </div>
    </header>
  );
}

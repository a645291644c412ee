import Link from "next/link";
import type { ReactNode } from "react";
import { NavLink } from "./nav-link";
import { PhoneMenu } from "./phone-menu";

export type NavItem = { href: string; label: string };

export type SiteHeaderProps = {
  /** Primary navigation; empty for signed-out pages, filled in by the signed-in layout. */
  nav?: readonly NavItem[];
  /** Right-hand slot: sign-in link, user menu, sign-out form. */
  actions?: ReactNode;
};

function NavList({ nav, className }: { nav: readonly NavItem[]; className: string }) {
  const hrefs = nav.map((link) => link.href);
  return (
    <ul className={className}>
      {nav.map((item) => (
        <li key={item.href} className="flex flex-col">
          <NavLink href={item.href} label={item.label} hrefs={hrefs} />
        </li>
      ))}
    </ul>
  );
}

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
          // On a phone the links sit behind a "Menu" disclosure on their own row (a row of
          // links was cut off at 375 px); from `sm` up they are one inline row.
          <nav aria-label="Main" className="order-last w-full sm:order-none sm:w-auto sm:flex-1">
            <PhoneMenu>
              <NavList nav={nav} className="mt-2 flex flex-col gap-1" />
            </PhoneMenu>
            <NavList nav={nav} className="hidden items-center gap-1 sm:flex sm:flex-wrap" />
          </nav>
        ) : null}
        {actions ? <div className="ml-auto flex items-center gap-2">{actions}</div> : null}
      </div>
    </header>
  );
}

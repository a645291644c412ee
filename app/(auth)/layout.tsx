import type { ReactNode } from "react";

/** Sign-in, sign-up and password reset: one narrow column. */
export default function AuthLayout({ children }: { children: ReactNode }) {
  return <div className="mx-auto flex w-full max-w-md flex-col gap-6">{children}</div>;
}

import Link from "next/link";
import type { ComponentProps } from "react";
import { cn } from "@/lib/ui/cn";
import { Spinner } from "./spinner";

export type ButtonVariant = "primary" | "secondary" | "ghost" | "danger";
export type ButtonSize = "sm" | "md" | "lg";

const base =
  "inline-flex items-center justify-center gap-2 rounded-md font-medium whitespace-nowrap transition-colors " +
  "disabled:cursor-not-allowed disabled:opacity-60 aria-disabled:cursor-not-allowed aria-disabled:opacity-60";

// Filled variants use the 700 shade so white text clears WCAG AA contrast.
const variants: Record<ButtonVariant, string> = {
  primary: "bg-brand-700 text-white shadow-sm hover:bg-brand-800",
  secondary: "border border-slate-300 bg-white text-slate-900 shadow-sm hover:bg-slate-100",
  ghost: "text-slate-700 hover:bg-slate-100 hover:text-slate-900",
  danger: "bg-red-700 text-white shadow-sm hover:bg-red-800",
};

const sizes: Record<ButtonSize, string> = {
  sm: "h-8 px-3 text-sm",
  md: "h-10 px-4 text-sm",
  lg: "h-12 px-6 text-base",
};

type StyleProps = { variant?: ButtonVariant; size?: ButtonSize; className?: string };

/** The button look as a class string, for elements that are neither a button nor a Link. */
export function buttonClasses({ variant = "primary", size = "md", className }: StyleProps = {}) {
  return cn(base, variants[variant], sizes[size], className);
}

export type ButtonProps = ComponentProps<"button"> &
  StyleProps & {
    /** Shows a spinner and makes the button inert, e.g. while a form action runs. */
    pending?: boolean;
  };

/**
 * Defaults to type="button"; pass type="submit" in forms. While pending the button is
 * aria-disabled and ignores clicks (and the implicit submit of Enter in a field) instead of
 * being `disabled`: a disabled button drops the keyboard focus to the top of the page.
 */
export function Button({
  variant,
  size,
  className,
  pending = false,
  disabled,
  type = "button",
  onClick,
  children,
  ...props
}: ButtonProps) {
  return (
    <button
      type={type}
      disabled={disabled}
      aria-disabled={pending || undefined}
      aria-busy={pending || undefined}
      onClick={pending ? (event) => event.preventDefault() : onClick}
      className={buttonClasses({ variant, size, className })}
      {...props}
    >
      {pending ? <Spinner size="sm" decorative /> : null}
      {children}
    </button>
  );
}

export type ButtonLinkProps = ComponentProps<typeof Link> & StyleProps;

/** A next/link styled as a button, for navigation that looks like an action. */
export function ButtonLink({ variant, size, className, ...props }: ButtonLinkProps) {
  return <Link className={buttonClasses({ variant, size, className })} {...props} />;
}

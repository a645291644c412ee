import { cn } from "@/lib/ui/cn";

const sizes = { sm: "size-4 border-2", md: "size-6 border-2", lg: "size-10 border-[3px]" } as const;

export type SpinnerProps = {
  size?: keyof typeof sizes;
  /** Announced to screen readers. Ignored when `decorative`. */
  label?: string;
  /** Hide from assistive technology, e.g. inside a button that already says "Saving…". */
  decorative?: boolean;
  className?: string;
};

export function Spinner({ size = "md", label = "Loading", decorative = false, className }: SpinnerProps) {
  const circle = (
    <span
      aria-hidden="true"
      className={cn(
        "inline-block shrink-0 animate-spin rounded-full border-current border-r-transparent",
        sizes[size],
        decorative && className,
      )}
    />
  );
  if (decorative) return circle;
  return (
    <span role="status" className={cn("inline-flex items-center", className)}>
      {circle}
      <span className="sr-only">{label}</span>
    </span>
  );
}

"use client";

import { useEffect, useId, useRef, useState, useTransition, type ReactNode } from "react";
import { moveCurriculumItemAction } from "@/lib/curriculum/actions";
import type { OrderedPartKey as CurriculumEntity } from "@/lib/curriculum/parts";
import { moveInOrder, type Direction } from "@/lib/curriculum/rules";
import { cn } from "@/lib/ui/cn";

export type ReorderItem = { id: string; label: string; content: ReactNode };

/**
 * An ordered list with keyboard reordering: each item has Move up / Move down buttons. The
 * move shows at once (optimistic), the server rewrites the positions in one transaction and
 * the page's data follows; on failure the order goes back and the reason is announced.
 * Focus stays on the button that was pressed, on the item that moved; at either end the
 * button is aria-disabled rather than disabled, so it keeps focus instead of dropping it.
 */
export function ReorderList({
  entity,
  items,
  className,
}: {
  entity: CurriculumEntity;
  items: readonly ReorderItem[];
  className?: string;
}) {
  const listId = useId();
  const serverOrder = items.map((item) => item.id);
  const serverKey = serverOrder.join("|");
  const [syncedKey, setSyncedKey] = useState(serverKey);
  const [order, setOrder] = useState(serverOrder);
  if (syncedKey !== serverKey) {
    // New data from the server (after this or another admin's change) wins over local order.
    setSyncedKey(serverKey);
    setOrder(serverOrder);
  }
  const [message, setMessage] = useState("");
  const [pending, startTransition] = useTransition();
  const focusAfterMove = useRef<string | null>(null);

  useEffect(() => {
    if (!focusAfterMove.current) return;
    document.getElementById(focusAfterMove.current)?.focus();
    focusAfterMove.current = null;
  }, [order]);

  const byId = new Map(items.map((item) => [item.id, item]));
  const buttonId = (id: string, direction: Direction) => `${listId}-${direction}-${id}`;

  function move(id: string, direction: Direction) {
    const label = byId.get(id)?.label ?? "";
    const next = moveInOrder(order, id, direction);
    if (pending) return;
    if (!next) {
      setMessage(`“${label}” is already ${direction === "up" ? "first" : "last"}.`);
      return;
    }
    const previous = order;
    focusAfterMove.current = buttonId(id, direction);
    setOrder(next);
    startTransition(async () => {
      const result = await moveCurriculumItemAction({ entity, id, direction });
      if (!result.ok) {
        focusAfterMove.current = buttonId(id, direction);
        setOrder(previous);
      }
      setMessage(result.message ?? "");
    });
  }

  return (
    <div className={cn("flex flex-col gap-2", className)}>
      <ol className="flex flex-col gap-3" aria-busy={pending || undefined}>
        {order.map((id, index) => {
          const item = byId.get(id);
          if (!item) return null;
          return (
            <li
              key={id}
              className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:flex-row sm:items-start"
            >
              <div className="min-w-0 flex-1">{item.content}</div>
              <div className="flex shrink-0 gap-1 sm:flex-col" role="group" aria-label={`Order of “${item.label}”`}>
                <MoveButton
                  id={buttonId(id, "up")}
                  label={`Move “${item.label}” up`}
                  atEnd={index === 0}
                  onClick={() => move(id, "up")}
                >
                  ↑ Up
                </MoveButton>
                <MoveButton
                  id={buttonId(id, "down")}
                  label={`Move “${item.label}” down`}
                  atEnd={index === order.length - 1}
                  onClick={() => move(id, "down")}
                >
                  ↓ Down
                </MoveButton>
              </div>
            </li>
          );
        })}
      </ol>
      <p role="status" aria-live="polite" className="min-h-5 text-sm text-slate-600">
        {message}
      </p>
    </div>
  );
}

function MoveButton({
  id,
  label,
  atEnd,
  onClick,
  children,
}: {
  id: string;
  label: string;
  atEnd: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      id={id}
      type="button"
      aria-label={label}
      aria-disabled={atEnd || undefined}
      onClick={onClick}
      className="inline-flex h-8 items-center justify-center rounded-md border border-slate-300 bg-white px-2.5 text-xs font-medium whitespace-nowrap text-slate-800 shadow-sm hover:bg-slate-100 aria-disabled:cursor-not-allowed aria-disabled:opacity-50"
    >
      {children}
    </button>
  );
}

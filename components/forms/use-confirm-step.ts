"use client";

import { useEffect, useRef, useState } from "react";

/**
 * An in-place "are you sure?" step that replaces the button which opened it. When the step
 * closes (Cancel, Escape, or the action sent), focus goes back to `returnFocusTo` — the button
 * it replaced — instead of being dropped on the page body with the confirmation's buttons.
 */
export function useConfirmStep() {
  const [asking, setAsking] = useState(false);
  const returnFocusTo = useRef<HTMLButtonElement>(null);
  const closing = useRef(false);
  const close = () => {
    closing.current = true;
    setAsking(false);
  };
  useEffect(() => {
    if (asking || !closing.current) return;
    closing.current = false;
    returnFocusTo.current?.focus();
  }, [asking]);
  /** Closes without moving focus: the action's result decides where it goes (the item may be gone). */
  const dismiss = () => setAsking(false);
  return { asking, ask: () => setAsking(true), close, dismiss, returnFocusTo };
}

// Keeps keyboard and screen-reader users in place when the button they used disappears: arm it
// before the change, and once `watch` changes the element behind `ref` takes the focus.
import { useEffect, useRef } from 'preact/hooks';

export function useFocusAfter<T extends HTMLElement>(watch: unknown) {
  const ref = useRef<T>(null);
  const armed = useRef(false);
  useEffect(() => {
    if (!armed.current) return;
    armed.current = false;
    ref.current?.focus();
  }, [watch]);
  return { ref, arm: () => { armed.current = true; } };
}

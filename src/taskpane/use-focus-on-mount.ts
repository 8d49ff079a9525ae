/**
 * Move focus to an element when a view appears because the user asked for it
 * (pasted, picked a sample, went back), so keyboard and screen reader users
 * land on the new content instead of on a button that disappeared.
 */
import { useEffect, useRef } from 'react';

export function useFocusOnMount<T extends HTMLElement>(enabled: boolean) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (enabled) ref.current?.focus();
  }, [enabled]);
  return ref;
}

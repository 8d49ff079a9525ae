/**
 * Owner look-ups for the groups on screen: each group is looked up once (the
 * owner card and "Ask for permission" share the answer), and the component
 * re-renders when an answer arrives.
 *
 * A final answer (found, no owners, not found) is kept; after a problem
 * (sign-in needed, throttled, offline, …) the next `lookup` asks again, and
 * `lookup(group, { interactive: true })` (a click on "Sign in") always does.
 */
import { useCallback, useRef, useState } from 'react';
import type { RestrictedGroup } from '../../ndr';
import { isSettled, safeLookupOwners, type LookupOptions, type OwnerDirectory, type OwnerLookup } from './owner-directory';

export function groupKey(group: RestrictedGroup): string {
  return (group.address ?? `name:${group.name ?? ''}`).toLowerCase();
}

export interface OwnerLookups {
  /** The answer so far: `undefined` while not asked or still looking. */
  result(group: RestrictedGroup): OwnerLookup | undefined;
  /** Ask (once, unless the last answer was a problem, or this is a click) and wait for the answer. */
  lookup(group: RestrictedGroup, options?: LookupOptions): Promise<OwnerLookup>;
}

export function useOwnerLookups(directory: OwnerDirectory): OwnerLookups {
  const pending = useRef(new Map<string, Promise<OwnerLookup>>());
  const settled = useRef(new Map<string, OwnerLookup>());
  const [results, setResults] = useState<ReadonlyMap<string, OwnerLookup>>(new Map());

  const lookup = useCallback(
    (group: RestrictedGroup, options?: LookupOptions): Promise<OwnerLookup> => {
      const key = groupKey(group);
      const known = pending.current.get(key);
      const last = settled.current.get(key);
      const askAgain = options?.interactive === true || (last !== undefined && !isSettled(last));
      if (known && !askAgain) return known;

      settled.current.delete(key);
      setResults((previous) => {
        if (!previous.has(key)) return previous;
        const next = new Map(previous);
        next.delete(key);
        return next;
      });
      const promise = safeLookupOwners(directory, group, options).then((answer) => {
        if (pending.current.get(key) === promise) {
          settled.current.set(key, answer);
          setResults((previous) => new Map(previous).set(key, answer));
        }
        return answer;
      });
      pending.current.set(key, promise);
      return promise;
    },
    [directory],
  );

  const result = useCallback((group: RestrictedGroup) => results.get(groupKey(group)), [results]);

  return { result, lookup };
}

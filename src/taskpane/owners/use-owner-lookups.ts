/**
 * Owner look-ups for the groups on screen: each group is looked up once (the
 * owner card and "Ask for permission" share the answer), and the component
 * re-renders when an answer arrives.
 */
import { useCallback, useRef, useState } from 'react';
import type { RestrictedGroup } from '../../ndr/types';
import { safeLookupOwners, type OwnerDirectory, type OwnerLookup } from './owner-directory';

export function groupKey(group: RestrictedGroup): string {
  return (group.address ?? `name:${group.name ?? ''}`).toLowerCase();
}

export interface OwnerLookups {
  /** The answer so far: `undefined` while not asked or still looking. */
  result(group: RestrictedGroup): OwnerLookup | undefined;
  /** Ask (once) and wait for the answer. */
  lookup(group: RestrictedGroup): Promise<OwnerLookup>;
}

export function useOwnerLookups(directory: OwnerDirectory): OwnerLookups {
  const pending = useRef(new Map<string, Promise<OwnerLookup>>());
  const [results, setResults] = useState<ReadonlyMap<string, OwnerLookup>>(new Map());

  const lookup = useCallback(
    (group: RestrictedGroup): Promise<OwnerLookup> => {
      const key = groupKey(group);
      let promise = pending.current.get(key);
      if (!promise) {
        promise = safeLookupOwners(directory, group).then((answer) => {
          setResults((previous) => new Map(previous).set(key, answer));
          return answer;
        });
        pending.current.set(key, promise);
      }
      return promise;
    },
    [directory],
  );

  const result = useCallback((group: RestrictedGroup) => results.get(groupKey(group)), [results]);

  return { result, lookup };
}

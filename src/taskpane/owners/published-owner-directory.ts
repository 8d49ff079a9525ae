/**
 * The owner directory the admin publishes beside the pane: `owners.json` in the
 * add-in's web root (docs/owners-directory.md). It is the only source that knows
 * the owners of classic distribution lists and mail-enabled security groups,
 * which Microsoft Graph does not list.
 *
 * - Fetched from the pane's own origin, once per pane session, so an update needs
 *   no rebuild and no new CSP host (`connect-src 'self'`).
 * - No file (404) means "no directory": silent, as if none was configured.
 * - A file that does not pass the same validation as `bounce-doctor owners check`
 *   is not used at all (never half a card); its first problem rides along on every
 *   answer, so the card can tell the user what to pass on to IT.
 * - A look-up is a map access in the index built once (owners-file.ts).
 */
import type { RestrictedGroup } from '../../ndr';
import { MAX_OWNERS_FILE_BYTES, OWNERS_FILE_NAME, readOwnersFile, type DirectoryGroup, type DirectoryPerson, type OwnersIndex } from '../../owners/owners-file';
import type { Owner, OwnerDirectory, OwnerLookup } from './owner-directory';

/** The file as the host served it. */
export type PublishedFile =
  | { status: 'absent' }
  | { status: 'ok'; bytes: Uint8Array }
  | { status: 'too-large'; size: number }
  | { status: 'unreachable'; message: string };

/** What the pane made of the file. */
export type PublishedDirectoryState =
  | { status: 'absent' }
  | { status: 'ready'; index: OwnersIndex; generated: string }
  | { status: 'unusable'; problem: string };

/**
 * Fetches `owners.json` next to the page (`new URL('owners.json', document.baseURI)`).
 * `no-cache`: the browser may keep a copy but must ask the host whether it changed,
 * because the admin refreshes the file at any time.
 */
export async function fetchPublishedFile(baseUrl: string, fetcher: typeof fetch = fetch): Promise<PublishedFile> {
  let response: Response;
  try {
    response = await fetcher(new URL(OWNERS_FILE_NAME, baseUrl).toString(), { cache: 'no-cache', credentials: 'same-origin' });
  } catch (error) {
    return { status: 'unreachable', message: error instanceof Error ? error.message : String(error) };
  }
  if (response.status === 404 || response.status === 410) return { status: 'absent' };
  if (!response.ok) return { status: 'unreachable', message: `HTTP ${response.status}` };
  const declared = Number(response.headers.get('content-length') ?? '');
  if (Number.isFinite(declared) && declared > MAX_OWNERS_FILE_BYTES) return { status: 'too-large', size: declared };
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.byteLength > MAX_OWNERS_FILE_BYTES) return { status: 'too-large', size: bytes.byteLength };
  return { status: 'ok', bytes };
}

/** Reads and indexes what was fetched; never throws. */
export function publishedDirectoryState(file: PublishedFile): PublishedDirectoryState {
  switch (file.status) {
    case 'absent':
      return { status: 'absent' };
    case 'unreachable':
      return { status: 'unusable', problem: `${OWNERS_FILE_NAME}: ${file.message}` };
    case 'too-large':
      return { status: 'unusable', problem: `${OWNERS_FILE_NAME}: ${file.size} bytes, more than the ${MAX_OWNERS_FILE_BYTES} allowed` };
    case 'ok': {
      const reading = readOwnersFile(file.bytes);
      if (!reading.ok) {
        const first = reading.problems[0];
        return { status: 'unusable', problem: first ? `${first.path}: ${first.message}` : OWNERS_FILE_NAME };
      }
      return { status: 'ready', index: reading.index, generated: reading.file.generated };
    }
  }
}

function ownerOf(person: DirectoryPerson): Owner {
  return { displayName: person.name || person.address, mail: person.address };
}

/** The directory's entry for the group the bounce names: by any of its addresses, else by its unique name. */
export function findPublishedGroup(index: OwnersIndex, group: RestrictedGroup): DirectoryGroup | undefined {
  const byAddress = group.address ? index.findByAddress(group.address) : undefined;
  return byAddress ?? (group.name ? index.findByName(group.name) : undefined);
}

export function lookupInPublished(state: PublishedDirectoryState, group: RestrictedGroup): OwnerLookup {
  switch (state.status) {
    case 'absent':
      return { status: 'not-configured' };
    case 'unusable':
      return { status: 'not-configured', publishedProblem: state.problem };
    case 'ready': {
      const found = findPublishedGroup(state.index, group);
      if (!found) return { status: 'not-found' };
      const source = { kind: 'published', generated: state.generated } as const;
      const details = {
        name: found.name,
        kind: found.kind,
        ...(found.moderators && found.moderators.length > 0 ? { moderators: found.moderators.map(ownerOf) } : {}),
        ...(found.requireSenderAuthentication !== undefined ? { requireSenderAuthentication: found.requireSenderAuthentication } : {}),
      };
      return found.owners.length > 0
        ? { status: 'found', owners: found.owners.map(ownerOf), source, group: details }
        : { status: 'no-owners', reason: 'none-published', source, group: details };
    }
  }
}

/**
 * The published directory as an `OwnerDirectory`. The file is fetched on the first
 * look-up or on `preload()` (called at start-up, so the answer is there when the
 * diagnosis is), and never again in this pane session.
 */
export class PublishedOwnerDirectory implements OwnerDirectory {
  private state: Promise<PublishedDirectoryState> | undefined;

  constructor(private readonly load: () => Promise<PublishedFile>) {}

  preload(): Promise<PublishedDirectoryState> {
    this.state ??= this.load().then(publishedDirectoryState, (error: unknown) =>
      publishedDirectoryState({ status: 'unreachable', message: error instanceof Error ? error.message : String(error) }),
    );
    return this.state;
  }

  async lookupOwners(group: RestrictedGroup): Promise<OwnerLookup> {
    return lookupInPublished(await this.preload(), group);
  }
}

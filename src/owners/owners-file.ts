/**
 * The owner directory file, `owners.json`, format version 1.
 *
 * Admins publish it in the add-in's web root beside `taskpane.html` (produced by
 * `admin/Export-GroupOwners.ps1`); the pane fetches it from its own origin and
 * `bounce-doctor owners check` validates it. This module reads, validates and
 * indexes it: pure TypeScript, no DOM and no Node APIs, so it runs in both.
 * The format and its rules are documented in docs/owners-directory.md.
 *
 * Everything in the file is a stranger's text as far as the pane is concerned:
 * strings are cleaned of control, bidi and zero-width characters here and are
 * only ever rendered as text.
 */

import { firstJsonErrorOffset, placeOf } from './json-error-place';

export const OWNERS_FILE_NAME = 'owners.json';
export const MAX_OWNERS_FILE_BYTES = 20 * 1024 * 1024;
/** More problems than this are summarised in one final "…and N more" line. */
const MAX_PROBLEMS = 100;

export type DirectoryGroupKind = 'distribution-list' | 'mail-enabled-security' | 'microsoft-365' | 'dynamic-distribution';
const GROUP_KINDS: readonly DirectoryGroupKind[] = ['distribution-list', 'mail-enabled-security', 'microsoft-365', 'dynamic-distribution'];

export interface DirectoryPerson {
  name: string;
  /** '' when the person has no mailbox */
  address: string;
}

export interface DirectoryGroup {
  name: string;
  addresses: string[];
  kind: DirectoryGroupKind;
  owners: DirectoryPerson[];
  moderators?: DirectoryPerson[];
  requireSenderAuthentication?: boolean;
}

export interface OwnersFile {
  version: 1;
  /** ISO 8601 as written */
  generated: string;
  generatedAt: Date;
  groups: DirectoryGroup[];
}

export interface OwnersFileProblem {
  /** e.g. 'groups[3].owners[0].address' or '(file)' */
  path: string;
  /** English, plain, specific */
  message: string;
}

export type OwnersFileReading =
  | { ok: true; file: OwnersFile; index: OwnersIndex; warnings: OwnersFileProblem[] }
  | { ok: false; problems: OwnersFileProblem[] };

export interface OwnersFileSummary {
  groups: number;
  groupsWithoutOwners: number;
  generated: string;
  ageDays: number;
}

const FILE = '(file)';
/** Places of addresses are numbered groupIndex * ADDRESS_SLOTS + addressIndex; more addresses in one group would not fit in 20 MB. */
const ADDRESS_SLOTS = 2 ** 21;

// C0 and C1 controls, the bidi controls (LRM, RLM, ALM, LRE…RLO, LRI…PDI) and the
// zero-width characters (ZWSP, ZWNJ, ZWJ, WORD JOINER, BOM / ZWNBSP): invisible,
// and the bidi ones can make a name read differently from what it is
// (Unicode Technical Standard #39 and CVE-2021-42574, "Trojan Source").
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;
const HAS_INVISIBLE = new RegExp(INVISIBLE.source);
const LINE_BREAKS_AND_TABS = /[\t\n\v\f\r\u0085]/g;

/** Anything cleanDisplayText would change; most names have none of it. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NEEDS_CLEANING = /[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]|^\s|\s$| {2}/;

/** A string from the file, made safe to show as text: invisible characters removed, spacing tidied. */
export function cleanDisplayText(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text;
  return text.replace(LINE_BREAKS_AND_TABS, ' ').replace(INVISIBLE, '').replace(/ {2,}/g, ' ').trim();
}

// eslint-disable-next-line no-control-regex -- the whole non-ASCII range
const NON_ASCII = /[^\u0000-\u007F]/;

/** The comparison key of an address: case-insensitive (RFC 6531 addresses in NFC). */
function addressKey(address: string): string {
  // Only non-ASCII text can change under NFC; skipping it for ASCII keeps 20,000 groups fast.
  return NON_ASCII.test(address) ? address.normalize('NFC').toLowerCase() : address.toLowerCase();
}

/**
 * A look-up address as people and Exchange write it, reduced to the bare address:
 * `SMTP:Sales@Contoso.com`, `<sales@contoso.com>`, `Sales All <sales@contoso.com>`.
 */
export function normalizeLookupAddress(address: string): string {
  let bare = cleanDisplayText(address);
  const open = bare.lastIndexOf('<');
  const close = bare.lastIndexOf('>');
  if (open !== -1 && close > open) bare = bare.slice(open + 1, close).trim();
  bare = bare.replace(/^smtp:/i, '').trim();
  return addressKey(bare);
}

function nameKey(name: string): string {
  return addressKey(cleanDisplayText(name));
}

/** The groups of the file, found by any of their addresses or by their display name. */
export class OwnersIndex {
  /** address key → where it is listed: groupIndex * ADDRESS_SLOTS + addressIndex */
  private readonly byAddress: ReadonlyMap<string, number>;
  /** name key → index in `groups`, or -1: more than one group has this name, so a name alone cannot say which. */
  private readonly byName = new Map<string, number>();
  private readonly groups: readonly DirectoryGroup[];

  /**
   * @param groups the directory's groups
   * @param addressPlaces readOwnersFile's own map of address key → groupIndex * ADDRESS_SLOTS + addressIndex,
   *   built while checking for duplicates, so a large file is not keyed twice; left out, the index builds its own.
   */
  constructor(groups: readonly DirectoryGroup[], addressPlaces?: ReadonlyMap<string, number>) {
    this.groups = groups;
    if (addressPlaces) this.byAddress = addressPlaces;
    else {
      const byAddress = new Map<string, number>();
      groups.forEach((group, groupIndex) => {
        group.addresses.forEach((address, addressIndex) => {
          const key = addressKey(address);
          if (!byAddress.has(key)) byAddress.set(key, groupIndex * ADDRESS_SLOTS + addressIndex);
        });
      });
      this.byAddress = byAddress;
    }
    groups.forEach((group, index) => {
      const key = nameKey(group.name);
      this.byName.set(key, this.byName.has(key) ? -1 : index);
    });
    this.size = groups.length;
  }

  readonly size: number;

  /** Case-insensitive, by any of the group's addresses; trims; accepts 'smtp:' prefixes and <angle brackets>. */
  findByAddress(address: string): DirectoryGroup | undefined {
    const place = this.byAddress.get(normalizeLookupAddress(address));
    return place === undefined ? undefined : this.groups[Math.floor(place / ADDRESS_SLOTS)];
  }

  /** Case-insensitive exact display-name match, only when exactly one group has that name. */
  findByName(name: string): DirectoryGroup | undefined {
    const index = this.byName.get(nameKey(name));
    return index === undefined || index < 0 ? undefined : this.groups[index];
  }
}

/** The problem for a file of this many bytes, if it is over the limit. Checked before anything is parsed. */
export function checkOwnersFileSize(bytes: number): OwnersFileProblem | undefined {
  if (bytes <= MAX_OWNERS_FILE_BYTES) return undefined;
  const megabytes = (bytes / (1024 * 1024)).toFixed(1);
  return {
    path: FILE,
    message: `the file is ${megabytes} MB; Bounce Doctor reads owner files of up to ${MAX_OWNERS_FILE_BYTES / (1024 * 1024)} MB`,
  };
}

/** UTF-8 length of a string without encoding it (lone surrogates count as the 3-byte replacement). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        index += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string': {
      const shown = cleanDisplayText(value);
      return shown === '' ? 'an empty text' : `the text "${shown.length > 60 ? `${shown.slice(0, 60)}…` : shown}"`;
    }
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * An ISO 8601 date-time with a time zone (RFC 3339 §5.6 profile), e.g.
 * `2026-12-01T06:00:00Z` or PowerShell's round-trip `2026-12-01T06:00:00.1234567+01:00`.
 */
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2}(?::\d{2})?)(?:\.(\d+))?([Zz]|[+-]\d{2}:?\d{2})$/;

function parseGenerated(text: string): Date | undefined {
  const match = ISO_DATE_TIME.exec(text);
  if (!match) return undefined;
  const [, date, time, fraction, zone] = match;
  // Date parses at most milliseconds reliably across engines; PowerShell writes 7 digits.
  const millis = fraction ? `.${fraction.slice(0, 3).padEnd(3, '0')}` : '';
  const offset = zone === 'z' || zone === 'Z' ? 'Z' : (zone ?? '').replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  const parsed = new Date(`${date}T${time}${millis}${offset}`);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed;
}

/** Characters a bare address (RFC 5321 §4.1.2 Mailbox, unquoted) cannot hold. */
const NOT_IN_ADDRESS = /[\s<>,;:"()[\]\\]/;

/**
 * What nearly every address in a real file looks like, checked in one pass: `local@domain.tld`
 * with none of the characters above, no invisible ones, one @, and a dotted domain without
 * empty labels at its ends or "..". Anything else goes through addressProblem for the reason.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it excludes
const PLAIN_ADDRESS = /^[^\s<>,;:"()[\]\\@\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]+@(?!\.)(?!.*\.\.)[^\s<>,;:"()[\]\\@\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]*\.[^\s<>,;:"()[\]\\@.\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]+$/;

/** Why this is not one bare address, or undefined when it is one. */
function addressProblem(address: string): string | undefined {
  if (PLAIN_ADDRESS.test(address)) return undefined; // ":" is excluded, so no "SMTP:" either
  if (HAS_INVISIBLE.test(address)) return 'contains invisible or control characters; write the address with visible characters only';
  if (/^smtp:/i.test(address)) return `"${address}" has an "SMTP:" prefix; write the bare address (${address.slice(5)})`;
  if (NOT_IN_ADDRESS.test(address)) {
    return `"${address}" is not one bare email address: no spaces, names, <angle brackets>, commas or semicolons`;
  }
  const at = address.lastIndexOf('@');
  if (at === -1 || address.indexOf('@') !== at) return `"${address}" is not an email address: it needs exactly one @`;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (local === '') return `"${address}" has nothing before the @`;
  if (!domain.includes('.') || domain.startsWith('.') || domain.endsWith('.') || domain.includes('..')) {
    return `"${address}" does not have a valid domain after the @ (e.g. contoso.com)`;
  }
  return undefined;
}

/** Collects problems, keeping the first MAX_PROBLEMS and counting the rest. */
class ProblemList {
  readonly kept: OwnersFileProblem[] = [];
  private dropped = 0;

  add(path: string, message: string): void {
    if (this.kept.length < MAX_PROBLEMS) this.kept.push({ path, message });
    else this.dropped += 1;
  }

  get count(): number {
    return this.kept.length + this.dropped;
  }

  result(): OwnersFileProblem[] {
    if (this.dropped === 0) return this.kept;
    return [...this.kept, { path: FILE, message: `…and ${this.dropped} more problem${this.dropped === 1 ? '' : 's'}` }];
  }
}

class Validator {
  readonly problems = new ProblemList();
  /**
   * address key → where it was first listed, as groupIndex * ADDRESS_SLOTS + addressIndex:
   * a number rather than a path string per address, so a valid file makes no path strings.
   * Handed to OwnersIndex when the file is valid (every group kept, so the indexes agree).
   */
  readonly addressPlaces = new Map<string, number>();

  file(root: unknown): OwnersFile | undefined {
    if (!isRecord(root)) {
      this.problems.add(FILE, `the file must hold one JSON object with "version", "generated" and "groups"; it holds ${describe(root)}`);
      return undefined;
    }
    const version = root['version'];
    if (version === undefined) this.problems.add('version', 'is missing; it must be 1');
    else if (typeof version === 'number' && version !== 1) {
      this.problems.add('version', `this file is format version ${version}; this Bounce Doctor reads version 1 only (update Bounce Doctor, or export a version 1 file)`);
    } else if (version !== 1) this.problems.add('version', `must be the number 1, not ${describe(version)}`);

    const generated = root['generated'];
    let generatedAt: Date | undefined;
    if (generated === undefined) this.problems.add('generated', 'is missing; it must be the date and time the file was made, e.g. "2026-12-01T06:00:00Z"');
    else if (typeof generated !== 'string') this.problems.add('generated', `must be a date and time as text, e.g. "2026-12-01T06:00:00Z", not ${describe(generated)}`);
    else {
      generatedAt = parseGenerated(generated.trim());
      if (!generatedAt) {
        this.problems.add('generated', `${describe(generated)} is not an ISO 8601 date and time with a time zone, e.g. "2026-12-01T06:00:00Z"`);
      }
    }

    const groupsValue = root['groups'];
    const groups: DirectoryGroup[] = [];
    if (groupsValue === undefined) this.problems.add('groups', 'is missing; it must be a list of groups (it may be empty)');
    else if (!Array.isArray(groupsValue)) this.problems.add('groups', `must be a list of groups, not ${describe(groupsValue)}`);
    else {
      groupsValue.forEach((value: unknown, index) => {
        const group = this.group(value, index);
        if (group) groups.push(group);
      });
    }
    if (this.problems.count > 0 || !generatedAt || typeof generated !== 'string') return undefined;
    return { version: 1, generated, generatedAt, groups };
  }

  private group(value: unknown, groupIndex: number): DirectoryGroup | undefined {
    const path = `groups[${groupIndex}]`;
    if (!isRecord(value)) {
      this.problems.add(path, `must be an object with "name", "addresses", "kind" and "owners", not ${describe(value)}`);
      return undefined;
    }
    const before = this.problems.count;
    const name = typeof value['name'] === 'string' ? cleanDisplayText(value['name']) : '';
    if (value['name'] === undefined) this.problems.add(`${path}.name`, 'is missing; every group needs its display name');
    else if (typeof value['name'] !== 'string') this.problems.add(`${path}.name`, `must be text, not ${describe(value['name'])}`);
    else if (name === '') this.problems.add(`${path}.name`, 'is empty; every group needs its display name');

    const addresses: string[] = [];
    if (value['addresses'] === undefined) this.problems.add(`${path}.addresses`, 'is missing; every group needs at least one email address');
    else if (!Array.isArray(value['addresses'])) {
      this.problems.add(`${path}.addresses`, `must be a list of email addresses, not ${describe(value['addresses'])}`);
    } else if (value['addresses'].length === 0) this.problems.add(`${path}.addresses`, 'is empty; every group needs at least one email address');
    else {
      value['addresses'].forEach((entry: unknown, index) => {
        const address = this.groupAddress(entry, groupIndex, index);
        if (address) addresses.push(address);
      });
    }

    const kind = value['kind'];
    if (kind === undefined) this.problems.add(`${path}.kind`, `is missing; it must be one of ${GROUP_KINDS.join(', ')}`);
    else if (typeof kind !== 'string' || !(GROUP_KINDS as readonly string[]).includes(kind)) {
      this.problems.add(`${path}.kind`, `must be one of ${GROUP_KINDS.join(', ')}, not ${describe(kind)}`);
    }

    const owners = value['owners'] === undefined
      ? (this.problems.add(`${path}.owners`, 'is missing; it must be a list of people (empty when the group has no owner)'), [])
      : this.people(value['owners'], `${path}.owners`);
    const moderators = value['moderators'] === undefined || value['moderators'] === null ? undefined : this.people(value['moderators'], `${path}.moderators`);

    const auth = value['requireSenderAuthentication'];
    if (auth !== undefined && auth !== null && typeof auth !== 'boolean') {
      this.problems.add(`${path}.requireSenderAuthentication`, `must be true or false, not ${describe(auth)}`);
    }
    if (this.problems.count > before) return undefined;

    const group: DirectoryGroup = { name, addresses, kind: kind as DirectoryGroupKind, owners };
    if (moderators) group.moderators = moderators;
    if (typeof auth === 'boolean') group.requireSenderAuthentication = auth;
    return group;
  }

  private people(value: unknown, path: string): DirectoryPerson[] {
    if (!Array.isArray(value)) {
      this.problems.add(path, `must be a list of people (each with "name" and "address"), not ${describe(value)}`);
      return [];
    }
    const people: DirectoryPerson[] = [];
    value.forEach((entry: unknown, index) => {
      const person = this.person(entry, path, index);
      if (person) people.push(person);
    });
    return people;
  }

  private person(value: unknown, listPath: string, index: number): DirectoryPerson | undefined {
    if (!isRecord(value)) {
      this.problems.add(`${listPath}[${index}]`, `must be an object with "name" and "address", not ${describe(value)}`);
      return undefined;
    }
    let name = '';
    if (typeof value['name'] === 'string') name = cleanDisplayText(value['name']);
    else if (value['name'] !== undefined && value['name'] !== null) {
      this.problems.add(`${listPath}[${index}].name`, `must be text, not ${describe(value['name'])}`);
      return undefined;
    }

    // A person's address may be '', null or missing: no mailbox.
    let address = '';
    if (value['address'] !== undefined && value['address'] !== null) {
      const problem = typeof value['address'] === 'string' ? undefined : `must be an email address as text, not ${describe(value['address'])}`;
      address = typeof value['address'] === 'string' ? value['address'].trim() : '';
      const invalid = problem ?? (address === '' ? undefined : addressProblem(address));
      if (invalid) {
        this.problems.add(`${listPath}[${index}].address`, invalid);
        return undefined;
      }
    }
    if (name === '' && address === '') {
      this.problems.add(`${listPath}[${index}]`, 'has neither a name nor an address; give at least one of them');
      return undefined;
    }
    return { name, address };
  }

  /** One of a group's own addresses: required, and unique in the whole file. */
  private groupAddress(value: unknown, groupIndex: number, index: number): string | undefined {
    const path = (): string => `groups[${groupIndex}].addresses[${index}]`;
    if (typeof value !== 'string') {
      this.problems.add(path(), `must be an email address as text, not ${describe(value)}`);
      return undefined;
    }
    const address = value.trim();
    const problem = address === '' ? 'is empty; write the email address or leave the entry out' : addressProblem(address);
    if (problem) {
      this.problems.add(path(), problem);
      return undefined;
    }
    const key = addressKey(address);
    const first = this.addressPlaces.get(key);
    if (first !== undefined) {
      const firstPath = `groups[${Math.floor(first / ADDRESS_SLOTS)}].addresses[${first % ADDRESS_SLOTS}]`;
      this.problems.add(path(), `"${address}" is already listed at ${firstPath}; an address can belong to one group only, once`);
      return undefined;
    }
    this.addressPlaces.set(key, groupIndex * ADDRESS_SLOTS + index);
    return address;
  }
}

function failed(problem: OwnersFileProblem): OwnersFileReading {
  return { ok: false, problems: [problem] };
}

/**
 * Parse, validate and index an owners.json. Accepts a string (a leading UTF-8 BOM is
 * tolerated with a warning) or bytes (decoded as UTF-8). Never throws.
 */
export function readOwnersFile(input: string | Uint8Array): OwnersFileReading {
  let text: string;
  if (typeof input === 'string') {
    // A UTF-16 string is at most 3 UTF-8 bytes per unit: count exactly only near the limit.
    const tooLarge = input.length * 3 > MAX_OWNERS_FILE_BYTES ? checkOwnersFileSize(utf8Length(input)) : undefined;
    if (tooLarge) return failed(tooLarge);
    text = input;
  } else {
    const tooLarge = checkOwnersFileSize(input.byteLength);
    if (tooLarge) return failed(tooLarge);
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(input);
    } catch {
      return failed({ path: FILE, message: 'the file is not UTF-8 text; save it as UTF-8 (the export script does)' });
    }
  }

  const warnings: OwnersFileProblem[] = [];
  if (text.startsWith('\uFEFF')) {
    text = text.slice(1);
    warnings.push({
      path: FILE,
      message: 'the file starts with a byte order mark (BOM); it was read anyway, but save it as UTF-8 without a BOM',
    });
  }
  if (text.trim() === '') return failed({ path: FILE, message: 'the file is empty' });

  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    const raw = cleanDisplayText(error instanceof Error ? error.message : String(error));
    const detail = raw.length > 200 ? `${raw.slice(0, 200)}…` : raw;
    const offset = firstJsonErrorOffset(text);
    const place = offset === undefined ? undefined : placeOf(text, offset);
    const where = place ? ` (at line ${place.line}, column ${place.column})` : '';
    return failed({ path: FILE, message: `the file is not valid JSON${where}: ${detail}` });
  }

  try {
    const validator = new Validator();
    const file = validator.file(root);
    if (!file) return { ok: false, problems: validator.problems.result() };
    return { ok: true, file, index: new OwnersIndex(file.groups, validator.addressPlaces), warnings };
  } catch (error) {
    // Not expected: the validator only reads parsed JSON. Never throw at the pane.
    return failed({ path: FILE, message: `the file could not be checked: ${error instanceof Error ? error.message : String(error)}` });
  }
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function summarizeOwnersFile(file: OwnersFile, now: Date): OwnersFileSummary {
  return {
    groups: file.groups.length,
    groupsWithoutOwners: file.groups.filter((group) => group.owners.length === 0).length,
    generated: file.generated,
    ageDays: Math.max(0, Math.floor((now.getTime() - file.generatedAt.getTime()) / DAY_MS)),
  };
}

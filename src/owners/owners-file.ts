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

// C0 and C1 controls, the bidi controls (LRM, RLM, ALM, LRE…RLO, LRI…PDI) and the
// zero-width characters (ZWSP, ZWNJ, ZWJ, WORD JOINER, BOM / ZWNBSP): invisible,
// and the bidi ones can make a name read differently from what it is
// (Unicode Technical Standard #39 and CVE-2021-42574, "Trojan Source").
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;
const HAS_INVISIBLE = new RegExp(INVISIBLE.source);
const LINE_BREAKS_AND_TABS = /[\t\n\v\f\r\u0085]/g;

/** A string from the file, made safe to show as text: invisible characters removed, spacing tidied. */
export function cleanDisplayText(text: string): string {
  return text.replace(LINE_BREAKS_AND_TABS, ' ').replace(INVISIBLE, '').replace(/ {2,}/g, ' ').trim();
}

/** The comparison key of an address: case-insensitive (RFC 6531 addresses in NFC). */
function addressKey(address: string): string {
  return address.normalize('NFC').toLowerCase();
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
  return cleanDisplayText(name).normalize('NFC').toLowerCase();
}

/** The groups of the file, found by any of their addresses or by their display name. */
export class OwnersIndex {
  private readonly byAddress = new Map<string, DirectoryGroup>();
  /** null: more than one group has this name, so a name alone cannot say which. */
  private readonly byName = new Map<string, DirectoryGroup | null>();

  constructor(groups: readonly DirectoryGroup[]) {
    for (const group of groups) {
      for (const address of group.addresses) {
        const key = addressKey(address);
        if (!this.byAddress.has(key)) this.byAddress.set(key, group);
      }
      const key = nameKey(group.name);
      this.byName.set(key, this.byName.has(key) ? null : group);
    }
    this.size = groups.length;
  }

  readonly size: number;

  /** Case-insensitive, by any of the group's addresses; trims; accepts 'smtp:' prefixes and <angle brackets>. */
  findByAddress(address: string): DirectoryGroup | undefined {
    return this.byAddress.get(normalizeLookupAddress(address));
  }

  /** Case-insensitive exact display-name match, only when exactly one group has that name. */
  findByName(name: string): DirectoryGroup | undefined {
    return this.byName.get(nameKey(name)) ?? undefined;
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
const NOT_IN_ADDRESS = /[\s<>,;:"()[\]\\]/u;

/** Why this is not one bare address, or undefined when it is one. */
function addressProblem(address: string): string | undefined {
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
  /** address key → the path where it was first listed */
  private readonly addressPaths = new Map<string, string>();

  file(root: unknown): OwnersFile | undefined {
    if (!isRecord(root)) {
      this.problems.add(FILE, `the file must hold one JSON object with "version", "generated" and "groups"; it holds ${describe(root)}`);
      return undefined;
    }
    const version = root.version;
    if (version === undefined) this.problems.add('version', 'is missing; it must be 1');
    else if (typeof version === 'number' && version !== 1) {
      this.problems.add('version', `this file is format version ${version}; this Bounce Doctor reads version 1 only (update Bounce Doctor, or export a version 1 file)`);
    } else if (version !== 1) this.problems.add('version', `must be the number 1, not ${describe(version)}`);

    const generated = root.generated;
    let generatedAt: Date | undefined;
    if (generated === undefined) this.problems.add('generated', 'is missing; it must be the date and time the file was made, e.g. "2026-12-01T06:00:00Z"');
    else if (typeof generated !== 'string') this.problems.add('generated', `must be a date and time as text, e.g. "2026-12-01T06:00:00Z", not ${describe(generated)}`);
    else {
      generatedAt = parseGenerated(generated.trim());
      if (!generatedAt) {
        this.problems.add('generated', `${describe(generated)} is not an ISO 8601 date and time with a time zone, e.g. "2026-12-01T06:00:00Z"`);
      }
    }

    const groupsValue = root.groups;
    const groups: DirectoryGroup[] = [];
    if (groupsValue === undefined) this.problems.add('groups', 'is missing; it must be a list of groups (it may be empty)');
    else if (!Array.isArray(groupsValue)) this.problems.add('groups', `must be a list of groups, not ${describe(groupsValue)}`);
    else {
      groupsValue.forEach((value: unknown, index) => {
        const group = this.group(value, `groups[${index}]`);
        if (group) groups.push(group);
      });
    }
    if (this.problems.count > 0 || !generatedAt || typeof generated !== 'string') return undefined;
    return { version: 1, generated, generatedAt, groups };
  }

  private group(value: unknown, path: string): DirectoryGroup | undefined {
    if (!isRecord(value)) {
      this.problems.add(path, `must be an object with "name", "addresses", "kind" and "owners", not ${describe(value)}`);
      return undefined;
    }
    const before = this.problems.count;
    const name = typeof value.name === 'string' ? cleanDisplayText(value.name) : '';
    if (value.name === undefined) this.problems.add(`${path}.name`, 'is missing; every group needs its display name');
    else if (typeof value.name !== 'string') this.problems.add(`${path}.name`, `must be text, not ${describe(value.name)}`);
    else if (name === '') this.problems.add(`${path}.name`, 'is empty; every group needs its display name');

    const addresses: string[] = [];
    if (value.addresses === undefined) this.problems.add(`${path}.addresses`, 'is missing; every group needs at least one email address');
    else if (!Array.isArray(value.addresses)) {
      this.problems.add(`${path}.addresses`, `must be a list of email addresses, not ${describe(value.addresses)}`);
    } else if (value.addresses.length === 0) this.problems.add(`${path}.addresses`, 'is empty; every group needs at least one email address');
    else {
      value.addresses.forEach((entry: unknown, index) => {
        const address = this.address(entry, `${path}.addresses[${index}]`, true);
        if (address) addresses.push(address);
      });
    }

    const kind = value.kind;
    if (kind === undefined) this.problems.add(`${path}.kind`, `is missing; it must be one of ${GROUP_KINDS.join(', ')}`);
    else if (typeof kind !== 'string' || !(GROUP_KINDS as readonly string[]).includes(kind)) {
      this.problems.add(`${path}.kind`, `must be one of ${GROUP_KINDS.join(', ')}, not ${describe(kind)}`);
    }

    const owners = value.owners === undefined
      ? (this.problems.add(`${path}.owners`, 'is missing; it must be a list of people (empty when the group has no owner)'), [])
      : this.people(value.owners, `${path}.owners`);
    const moderators = value.moderators === undefined || value.moderators === null ? undefined : this.people(value.moderators, `${path}.moderators`);

    const auth = value.requireSenderAuthentication;
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
      const person = this.person(entry, `${path}[${index}]`);
      if (person) people.push(person);
    });
    return people;
  }

  private person(value: unknown, path: string): DirectoryPerson | undefined {
    if (!isRecord(value)) {
      this.problems.add(path, `must be an object with "name" and "address", not ${describe(value)}`);
      return undefined;
    }
    const before = this.problems.count;
    let name = '';
    if (typeof value.name === 'string') name = cleanDisplayText(value.name);
    else if (value.name !== undefined && value.name !== null) this.problems.add(`${path}.name`, `must be text, not ${describe(value.name)}`);

    let address = '';
    if (value.address !== undefined && value.address !== null) {
      address = this.address(value.address, `${path}.address`, false) ?? '';
    }
    if (this.problems.count > before) return undefined;
    if (name === '' && address === '') {
      this.problems.add(path, 'has neither a name nor an address; give at least one of them');
      return undefined;
    }
    return { name, address };
  }

  /** A group's own address must be unique in the file; a person's may be '' (no mailbox). */
  private address(value: unknown, path: string, ownedByGroup: boolean): string | undefined {
    if (typeof value !== 'string') {
      this.problems.add(path, `must be an email address as text, not ${describe(value)}`);
      return undefined;
    }
    const address = value.trim();
    if (address === '') {
      if (ownedByGroup) this.problems.add(path, 'is empty; write the email address or leave the entry out');
      return '';
    }
    const problem = addressProblem(address);
    if (problem) {
      this.problems.add(path, problem);
      return undefined;
    }
    if (ownedByGroup) {
      const key = addressKey(address);
      const first = this.addressPaths.get(key);
      if (first !== undefined) {
        this.problems.add(path, `"${address}" is already listed at ${first}; an address can belong to one group only, once`);
        return undefined;
      }
      this.addressPaths.set(key, path);
    }
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
    return { ok: true, file, index: new OwnersIndex(file.groups), warnings };
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

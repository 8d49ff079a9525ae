/**
 * A fake `MailHost` for the component tests: a plain object that implements the
 * contract in src/office/host.ts (no Office.js, no Office mock library), records
 * what the pane asks of it, and lets a test fire ItemChanged and theme changes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HostCapability, HostTheme, ItemSnapshot, MailHost, NewMessage } from '../../../src/office/host';

export interface FakeHostOptions {
  kind?: MailHost['kind'];
  displayLanguage?: string;
  /** The signed-in user's address, as Outlook gives it. */
  userAddress?: string;
  /** What `readCurrentItem` does; called on every read. */
  read?: () => Promise<ItemSnapshot>;
  theme?: HostTheme;
  capabilities?: readonly HostCapability[];
  /** Make `displayNewMessage` reject with this. */
  composeError?: Error;
}

export class FakeMailHost implements MailHost {
  readonly kind: MailHost['kind'];
  readonly displayLanguage: string;
  readonly userAddress?: string;
  readonly platform = 'test';
  readCount = 0;
  readonly composed: NewMessage[] = [];
  read: () => Promise<ItemSnapshot>;
  private currentTheme: HostTheme | undefined;
  private readonly capabilities: Set<HostCapability>;
  private readonly itemListeners = new Set<() => void>();
  private readonly themeListeners = new Set<(theme: HostTheme) => void>();
  private readonly composeError: Error | undefined;

  constructor(options: FakeHostOptions = {}) {
    this.kind = options.kind ?? 'outlook';
    this.displayLanguage = options.displayLanguage ?? 'en-US';
    if (options.userAddress) this.userAddress = options.userAddress;
    this.read = options.read ?? (() => new Promise<ItemSnapshot>(() => undefined));
    this.currentTheme = options.theme;
    this.capabilities = new Set(options.capabilities ?? ['compose', 'attach-item', 'headers', 'pinning']);
    this.composeError = options.composeError;
  }

  readCurrentItem(): Promise<ItemSnapshot> {
    this.readCount++;
    return this.read();
  }

  onItemChanged(listener: () => void): () => void {
    this.itemListeners.add(listener);
    return () => this.itemListeners.delete(listener);
  }

  theme(): HostTheme | undefined {
    return this.currentTheme;
  }

  onThemeChanged(listener: (theme: HostTheme) => void): () => void {
    this.themeListeners.add(listener);
    return () => this.themeListeners.delete(listener);
  }

  supports(capability: HostCapability): boolean {
    return this.capabilities.has(capability);
  }

  displayNewMessage(message: NewMessage): Promise<void> {
    if (this.composeError) return Promise.reject(this.composeError);
    this.composed.push(message);
    return Promise.resolve();
  }

  /** As if the user selected another item in a pinned pane. */
  selectItem(read?: () => Promise<ItemSnapshot>): void {
    if (read) this.read = read;
    for (const listener of this.itemListeners) listener();
  }

  changeTheme(theme: HostTheme): void {
    this.currentTheme = theme;
    for (const listener of this.themeListeners) listener(theme);
  }
}

const REPO = join(__dirname, '..', '..', '..');

export function sampleText(fileName: string): string {
  return readFileSync(join(REPO, 'samples', fileName), 'utf8');
}

/** What the Office adapter would give for an NDR we could read whole (`getAsFileAsync`). */
export function snapshotOf(raw: string, extra: Partial<ItemSnapshot> = {}): ItemSnapshot {
  const subject = /^Subject: (.*)$/m.exec(raw)?.[1];
  return {
    itemId: 'AAMkADAwATM0MDAAMS1iNWU5LWFjOTYtMDACLTAwCgBGAAAD',
    itemClass: 'REPORT.IPM.Note.NDR',
    ...(subject ? { subject } : {}),
    source: { raw },
    notes: [],
    ...extra,
  };
}

export function sampleSnapshot(fileName: string, extra: Partial<ItemSnapshot> = {}): ItemSnapshot {
  return snapshotOf(sampleText(fileName), extra);
}

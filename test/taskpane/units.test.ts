/** The pane's small pure modules: input sources, build settings, the view model, the owner seam. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnose } from '../../src/ndr';
import { normalizeConfig, readConfig, DEFAULT_CONFIG } from '../../src/taskpane/config';
import {
  MAX_FILE_BYTES,
  checkBounceFile,
  looksLikeRawMessage,
  sourceFromFile,
  sourceFromPastedText,
} from '../../src/taskpane/input-source';
import { noOwnerDirectory, ownerAddresses, safeLookupOwners } from '../../src/taskpane/owners/owner-directory';
import { SAMPLES } from '../../src/taskpane/samples';
import {
  codeOf,
  groupLabel,
  isCatalogLink,
  isGroupScenario,
  mainFailure,
  preferredAudience,
  restrictedGroupsOf,
} from '../../src/taskpane/view-model';

const sample = (name: string): string => readFileSync(join(__dirname, '..', '..', 'samples', name), 'utf8');

describe('input sources', () => {
  it('recognises a whole message pasted with its headers, and sends it to the engine as raw', () => {
    const raw = sample('restricted-group-en.eml');
    expect(looksLikeRawMessage(raw)).toBe(true);
    expect(sourceFromPastedText(raw)).toEqual({ raw });
  });

  it('treats copied bounce text and Outlook\'s "From/Sent/To/Subject" quote as text', () => {
    const copied = 'Delivery has failed to these recipients or groups:\n\nSales All (sales-all@contoso.com)';
    expect(sourceFromPastedText(copied)).toEqual({ text: copied });
    const quoted = 'From: Microsoft Outlook <postmaster@contoso.com>\nSent: Tuesday\nTo: Jan\nSubject: Undeliverable: x\n\nDelivery has failed';
    expect(looksLikeRawMessage(quoted)).toBe(false);
  });

  it('accepts .eml and .txt, refuses .msg, other types and files over 10 MB', () => {
    expect(checkBounceFile({ name: 'bounce.eml', size: 2000 })).toEqual({ ok: true, kind: 'eml' });
    expect(checkBounceFile({ name: 'BOUNCE.TXT', size: 2000 })).toEqual({ ok: true, kind: 'txt' });
    expect(checkBounceFile({ name: 'attachment', size: 2000, type: 'message/rfc822' })).toEqual({ ok: true, kind: 'eml' });
    expect(checkBounceFile({ name: 'Undeliverable.msg', size: 2000 })).toEqual({ ok: false, reason: 'msg' });
    expect(checkBounceFile({ name: 'x', size: 2000, type: 'application/vnd.ms-outlook' })).toEqual({ ok: false, reason: 'msg' });
    expect(checkBounceFile({ name: 'photo.png', size: 2000 })).toEqual({ ok: false, reason: 'type' });
    expect(checkBounceFile({ name: 'big.eml', size: MAX_FILE_BYTES + 1 })).toEqual({ ok: false, reason: 'size' });
    expect(checkBounceFile({ name: 'edge.eml', size: MAX_FILE_BYTES })).toEqual({ ok: true, kind: 'eml' });
  });

  it('reads an .eml as raw bytes and a .txt as text (or raw when it is a whole message)', () => {
    const bytes = new TextEncoder().encode('Delivery has failed');
    expect(sourceFromFile('eml', bytes)).toEqual({ raw: bytes });
    expect(sourceFromFile('txt', bytes)).toEqual({ text: 'Delivery has failed' });
    const raw = sample('public-folder.eml');
    expect(sourceFromFile('txt', new TextEncoder().encode(raw))).toEqual({ raw });
  });
});

describe('config', () => {
  it('defaults when the build did not define __BOUNCE_DOCTOR_CONFIG__', () => {
    expect(readConfig()).toEqual(DEFAULT_CONFIG);
    expect(normalizeConfig(undefined)).toEqual(DEFAULT_CONFIG);
    expect(normalizeConfig('nonsense')).toEqual(DEFAULT_CONFIG);
  });

  it('keeps a helpdesk address only when it is one bare address', () => {
    expect(normalizeConfig({ version: '1.0.0', helpdeskEmail: ' helpdesk@contoso.com ', graphClientId: 'abc' })).toEqual({
      version: '1.0.0',
      helpdeskEmail: 'helpdesk@contoso.com',
      graphClientId: 'abc',
    });
    expect(normalizeConfig({ helpdeskEmail: 'a@b.com, c@d.com' }).helpdeskEmail).toBe('');
    expect(normalizeConfig({ helpdeskEmail: 'IT <it@contoso.com>' }).helpdeskEmail).toBe('');
  });

  it('reads the global when the build defined it', () => {
    const globals = globalThis as { __BOUNCE_DOCTOR_CONFIG__?: unknown };
    globals.__BOUNCE_DOCTOR_CONFIG__ = { version: '2.0.0', helpdeskEmail: 'it@contoso.com', graphClientId: '' };
    try {
      expect(readConfig()).toEqual({ version: '2.0.0', helpdeskEmail: 'it@contoso.com', graphClientId: '' });
    } finally {
      delete globals.__BOUNCE_DOCTOR_CONFIG__;
    }
  });
});

describe('view model', () => {
  it('reads the restricted group sample: main failure, code, groups, group scenario, sender tab', async () => {
    const diagnosis = await diagnose({ raw: sample('restricted-group-en.eml') });
    expect(codeOf(mainFailure(diagnosis))).toBe('550 5.7.124');
    expect(restrictedGroupsOf(diagnosis)).toEqual([{ name: 'Sales All', address: 'sales-all@contoso.com' }]);
    expect(isGroupScenario(diagnosis.scenarios[0])).toBe(true);
    expect(preferredAudience(diagnosis, ['sender', 'owner', 'admin'])).toBe('sender');
    expect(preferredAudience(diagnosis, ['owner', 'admin'])).toBe('owner');
  });

  it('does not offer a group for a block-list bounce', async () => {
    const diagnosis = await diagnose({ raw: sample('blocklisted-ip.eml') });
    expect(restrictedGroupsOf(diagnosis)).toEqual([]);
    expect(isGroupScenario(diagnosis.scenarios[0])).toBe(false);
  });

  it('labels groups with whatever the bounce gave', () => {
    expect(groupLabel({ name: 'Sales All', address: 'sales-all@contoso.com' })).toBe('Sales All (sales-all@contoso.com)');
    expect(groupLabel({ address: 'sales-all@contoso.com' })).toBe('sales-all@contoso.com');
    expect(groupLabel({ name: 'sales-all@contoso.com', address: 'sales-all@contoso.com' })).toBe('sales-all@contoso.com');
    expect(groupLabel({})).toBeUndefined();
  });

  it('links only to HTTPS pages on hosts the catalog knows', () => {
    expect(isCatalogLink('https://learn.microsoft.com/nl-nl/exchange/x')).toBe(true);
    expect(isCatalogLink('http://learn.microsoft.com/x')).toBe(false);
    expect(isCatalogLink('https://learn.microsoft.com.evil.example/x')).toBe(false);
    expect(isCatalogLink('javascript:alert(1)')).toBe(false);
    expect(isCatalogLink('not a url')).toBe(false);
  });
});

describe('owner directory seam', () => {
  it('answers not-configured without a directory', async () => {
    await expect(noOwnerDirectory.lookupOwners({ name: 'Sales All' })).resolves.toEqual({ status: 'not-configured' });
  });

  it('turns a rejecting directory into an error answer', async () => {
    const broken = { lookupOwners: () => Promise.reject(new Error('token expired')) };
    await expect(safeLookupOwners(broken, { name: 'x' })).resolves.toEqual({ status: 'error', message: 'token expired' });
  });

  it('gives the owners\' addresses only for a found answer', () => {
    expect(ownerAddresses({ status: 'found', source: { kind: 'graph' }, owners: [{ displayName: 'Megan', mail: 'megan@contoso.com' }, { displayName: 'No mailbox', mail: '' }] })).toEqual(['megan@contoso.com']);
    expect(ownerAddresses({ status: 'not-found' })).toEqual([]);
    expect(ownerAddresses(undefined)).toEqual([]);
  });
});

describe('samples', () => {
  it('bundles the gallery the design asks for, each a real file in samples/', () => {
    const ids = SAMPLES.map((entry) => entry.id);
    for (const id of ['restricted-group-en', 'restricted-group-nl', 'public-folder', 'blocklisted-ip', 'dmarc-gmail', 'unknown-recipient-5.1.1', 'not-a-bounce']) {
      expect(ids).toContain(id);
    }
    for (const entry of SAMPLES) expect(entry.raw).toBe(sample(entry.fileName));
  });
});

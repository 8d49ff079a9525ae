/**
 * The task pane as users meet it: the production build in real Chromium, at the
 * 320 px design width, with Outlook played by our fake Office host (in place of
 * the CDN's office.js). Each state is screenshotted under test-results/ and
 * checked with axe-core.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { axeViolations, openTaskPane, RESULTS, sampleText, screenshot, useBrowserAndDist, type OpenedPane, type PaneOptions } from './harness';
import { ndrItem, plainItem } from './items';

const chromium = useBrowserAndDist();
const timings: Record<string, number> = {};

afterAll(() => {
  if (Object.keys(timings).length > 0) {
    writeFileSync(join(RESULTS, 'timings.json'), `${JSON.stringify(timings, null, 2)}\n`);
    console.log(`Navigation to diagnosis headline (ms): ${JSON.stringify(timings)}`);
  }
});

/** Opens the pane and collects the page's errors (a crash must not go unnoticed). */
function open(options: PaneOptions): Promise<OpenedPane> {
  const { browser, origin } = chromium();
  return openTaskPane(browser, origin, options);
}

/** Every state: nothing wider than the pane (no sideways scrolling at 320 px), and a screenshot. */
async function capture(page: Page, name: string): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  await screenshot(page, name);
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function fakeCalls(page: Page, name: string): Promise<Array<{ name: string; args: unknown[] }>> {
  return page.evaluate(
    (callName) =>
      (window as unknown as { __fakeOffice: { calls: Array<{ name: string; args: unknown[] }> } }).__fakeOffice.calls.filter((call) =>
        call.name.startsWith(callName),
      ),
    name,
  );
}

/** Milliseconds from navigation start to the moment the h1 showed this text. */
async function timeToHeadline(page: Page, text: string | RegExp): Promise<number> {
  await page.getByRole('heading', { level: 1, name: text }).waitFor({ timeout: 15000 });
  return page.evaluate(() => performance.now());
}

/** The new-message form's parameters, whichever of displayNewMessageForm(Async) the adapter used. */
async function lastNewMessage(page: Page): Promise<{ toRecipients?: unknown[]; subject?: string; htmlBody?: string; attachments?: Array<Record<string, unknown>> }> {
  const calls = await fakeCalls(page, 'displayNewMessageForm');
  expect(calls.length).toBeGreaterThan(0);
  return calls.at(-1)?.args[0] as { toRecipients?: unknown[]; subject?: string; htmlBody?: string };
}

function recipientAddress(recipient: unknown): string {
  return typeof recipient === 'string' ? recipient : String((recipient as { emailAddress?: string }).emailAddress ?? '');
}

describe('in Outlook, on a readable bounce', () => {
  it('diagnoses an English bounce: headline, code, group, steps', async () => {
    const pane = await open({ office: { kind: 'outlook', config: { displayLanguage: 'en-US', item: await ndrItem('restricted-group-en.eml') } } });
    timings['englishBounce'] = Math.round(await timeToHeadline(pane.page, 'Sales All only accepts mail from certain senders'));
    const { page } = pane;
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect(page.getByText('550 5.7.124').first().isVisible()).resolves.toBe(true);
    await expect(page.getByText('sales-all@contoso.com').first().isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Find the owner' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('tab', { name: 'What you can do' }).getAttribute('aria-selected')).resolves.toBe('true');
    await capture(page, 'diagnosis-en');
    await expectNoAxeViolations(page);
    expect(pane.errors).toEqual([]);
    await pane.close();
  });

  it('diagnoses a Dutch bounce in Dutch for a Dutch Outlook', async () => {
    const pane = await open({ office: { kind: 'outlook', config: { displayLanguage: 'nl-NL', item: await ndrItem('restricted-group-nl.eml') } } });
    timings['dutchBounce'] = Math.round(await timeToHeadline(pane.page, 'Directie Overleg neemt alleen mail aan van bepaalde afzenders'));
    const { page } = pane;
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await expect(page.getByRole('tab', { name: 'Wat u kunt doen' }).isVisible()).resolves.toBe(true);
    await page.getByRole('tab', { name: 'Beheerder' }).click();
    await expect(page.getByText(/Set-DistributionGroup -Identity 'directie-overleg@contoso\.nl'/).first().isVisible()).resolves.toBe(true);
    await capture(page, 'diagnosis-nl-admin-tab');
    await expectNoAxeViolations(page);
    expect(pane.errors).toEqual([]);
    await pane.close();
  });

  it('without an owner directory: "Find the owner" shows the Outlook steps, and "Ask for permission" says how to find the owner before a clean message', async () => {
    const pane = await open({ office: { kind: 'outlook', config: { displayLanguage: 'en-US', item: await ndrItem('restricted-group-en.eml') } } });
    const { page } = pane;
    await timeToHeadline(page, /Sales All/);
    await page.getByRole('button', { name: 'Find the owner' }).click();
    await expect(page.getByRole('heading', { name: 'Owner of Sales All' }).isVisible()).resolves.toBe(true);
    await expect(page.getByText('Go to People (or open the address book) and search for Sales All.').first().isVisible()).resolves.toBe(true);
    await capture(page, 'owner-card');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Ask for permission' }).first().click();
    await page.getByRole('heading', { name: 'First, find the owner of Sales All' }).waitFor();
    await capture(page, 'find-owner-first');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Write the request' }).click();
    const message = await lastNewMessage(page);
    // The owner is unknown: an empty To, and a body that needs no editing.
    expect(message.toRecipients ?? []).toEqual([]);
    expect(message.subject).toBe('Request: permission to send to Sales All (sales-all@contoso.com)');
    expect(message.htmlBody).not.toContain('To line');
    expect(message.htmlBody).toContain('Offer for the spring campaign');
    expect(pane.errors).toEqual([]);
    await pane.close();
  });

  it('"Send to IT" writes to the helpdesk from the build with the bounce attached', async () => {
    const item = await ndrItem('public-folder.eml', { itemId: 'AAMkAGI2TG93AAA=public-folder' });
    const pane = await open({ office: { kind: 'outlook', config: { displayLanguage: 'en-US', item } } });
    const { page } = pane;
    await timeToHeadline(page, /public folder/i);
    await page.getByRole('button', { name: 'Send to IT' }).click();
    const message = await lastNewMessage(page);
    expect((message.toRecipients ?? []).map(recipientAddress)).toEqual(['helpdesk@contoso.com']);
    expect(message.attachments?.[0]).toMatchObject({ type: 'item', itemId: 'AAMkAGI2TG93AAA=public-folder' });
    expect(message.htmlBody).toContain('invoices@fabrikam.com');
    await pane.close();
  });

  it('re-reads when another item is selected in the pinned pane', async () => {
    const pane = await open({ office: { kind: 'outlook', config: { displayLanguage: 'en-US', item: await ndrItem('restricted-group-en.eml') } } });
    const { page } = pane;
    await timeToHeadline(page, /Sales All/);
    const next = await ndrItem('blocklisted-ip.eml', { itemClass: 'IPM.Note' });
    await page.evaluate((item) => (window as unknown as { __fakeOffice: { selectItem: (i: unknown) => Promise<void> } }).__fakeOffice.selectItem(item), next);
    await page.getByRole('heading', { level: 1, name: 'Outlook.com blocks mail from the sending network' }).waitFor();
    await expect(page.getByText('maria.lopez@outlook.com').first().isVisible()).resolves.toBe(true);
    await capture(page, 'item-changed');
    await pane.close();
  });

  it('follows a dark Office theme', async () => {
    const theme = { bodyBackgroundColor: '#1F1F1F', bodyForegroundColor: '#FFFFFF', controlBackgroundColor: '#292929', controlForegroundColor: '#FFFFFF' };
    const pane = await open({ office: { kind: 'outlook', config: { displayLanguage: 'en-US', theme, item: await ndrItem('dmarc-gmail.eml') } } });
    const { page } = pane;
    await timeToHeadline(page, /.+/);
    const background = await page.evaluate(() => getComputedStyle(document.querySelector('main') ?? document.body).backgroundColor);
    const [r = 255, g = 255, b = 255] = (background.match(/\d+/g) ?? []).map(Number);
    expect(r + g + b).toBeLessThan(200);
    await capture(page, 'diagnosis-dark');
    await expectNoAxeViolations(page);
    await pane.close();
  });

  it('treats the bounce as text: script and image tags in its HTML do nothing', async () => {
    const item = await ndrItem('restricted-group-en.eml');
    const body = item['body'] as { html: string; text: string };
    body.html = body.html.replace(
      '</div>',
      '<script>window.__pwned = 1</script><img src="x" onerror="window.__pwned = 2"><a href="javascript:window.__pwned=3">Release messages</a></div>',
    );
    const pane = await open({ office: { kind: 'outlook', config: { displayLanguage: 'en-US', item } } });
    const { page } = pane;
    await timeToHeadline(page, /Sales All/);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    await pane.close();
  });
});

describe('in Outlook, when the item cannot be diagnosed', () => {
  it('a restricted delivery report leads to the ways forward, and pasting its text diagnoses it', async () => {
    const pane = await open({
      office: { kind: 'outlook', config: { displayLanguage: 'en-US', preset: 'restricted-ndr', item: { subject: 'Undeliverable: Offer for the spring campaign' } } },
    });
    const { page } = pane;
    await page.getByRole('heading', { level: 1, name: 'Bounce Doctor can’t read this message' }).waitFor();
    await expect(page.getByText(/Forward the bounce to yourself/).isVisible()).resolves.toBe(true);
    await capture(page, 'cannot-read');
    await expectNoAxeViolations(page);

    const text = sampleText('restricted-group-en.eml');
    await page.getByLabel('Text of the bounce').fill(text.slice(text.indexOf('Delivery has failed'), text.indexOf('--ndr-boundary-restricted-en\nContent-Type: message/delivery-status')));
    await page.getByRole('button', { name: 'Diagnose' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sales All only accepts mail from certain senders' }).waitFor();
    expect(pane.errors).toEqual([]);
    await pane.close();
  });

  it('says plainly when the selected message is not a bounce', async () => {
    const pane = await open({ office: { kind: 'outlook', config: { displayLanguage: 'en-US', item: await plainItem('not-a-bounce.eml') } } });
    const { page } = pane;
    await page.getByRole('heading', { level: 1, name: 'This doesn’t look like a bounce' }).waitFor();
    await capture(page, 'not-a-bounce');
    await expectNoAxeViolations(page);
    await pane.close();
  });
});

describe('outside Outlook (the stand-alone page)', () => {
  it('when office.js cannot load: offers paste, file and samples, and diagnoses a pasted bounce', async () => {
    const pane = await open({ office: { kind: 'no-office' } });
    const { page } = pane;
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect(page.getByLabel('Text of the bounce').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('heading', { name: 'Try a sample' }).isVisible()).resolves.toBe(true);
    await capture(page, 'standalone');
    await expectNoAxeViolations(page);

    await page.getByLabel('Text of the bounce').fill(sampleText('public-folder.eml'));
    await page.getByRole('button', { name: 'Diagnose' }).click();
    await page.getByRole('heading', { level: 1, name: /public folder/i }).waitFor();
    await page.getByRole('tab', { name: 'Admin' }).click();
    await expect(page.getByText(/Add-PublicFolderClientPermission/).first().isVisible()).resolves.toBe(true);
    await capture(page, 'standalone-diagnosis');
    expect(pane.errors).toEqual([]);
    await pane.close();
  });

  it('in a browser where Office.js has no host: the sample gallery diagnoses a sample', async () => {
    const pane = await open({ office: { kind: 'browser' } });
    const { page } = pane;
    await page.getByRole('heading', { name: 'Try a sample' }).waitFor();
    await page.getByRole('button', { name: /Sending IP on a block list/ }).click();
    await page.getByText('203.0.113.45').first().waitFor();
    await capture(page, 'standalone-sample');
    await expectNoAxeViolations(page);
    await pane.close();
  });
});

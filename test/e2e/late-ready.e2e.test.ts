/**
 * Office ready late (issue 10, part 4), in real Chromium on the production build: the
 * fake Office host answers `Office.onReady` only after 6 s, as a cold Outlook on a slow
 * laptop does. The pane opens with the address Office gives an add-in
 * (`?_host_Info=Outlook$…`), shows a wait, says after 4 s that Outlook is slow and
 * offers the paste page, and shows the diagnosis once Outlook answers.
 */
import { axeViolations, openTaskPane, screenshot, useBrowserAndDist } from './harness';
import { ndrItem } from './items';

const chromium = useBrowserAndDist();

describe('Outlook ready after 6 s', () => {
  it('waits visibly, says Outlook is slow, and diagnoses the selected bounce when Outlook answers', async () => {
    const { browser, origin } = chromium();
    const { context, page, errors } = await openTaskPane(browser, origin, {
      office: { kind: 'outlook', config: { displayLanguage: 'en-US', readyDelayMs: 6000, item: await ndrItem('restricted-group-en.eml') } },
      query: '?_host_Info=Outlook$Win32$16.02$en-US$$$$0',
    });

    await page.getByText('Waiting for Outlook…').waitFor({ timeout: 3000 });
    const readyCalls = await page.evaluate(() => (window as unknown as { __fakeOffice: { callsTo(name: string): unknown[] } }).__fakeOffice.callsTo('onReady').length);
    expect(readyCalls).toBeGreaterThan(0);

    await page.getByText('Outlook is taking longer than usual to start.').waitFor({ timeout: 5000 });
    await expect(page.getByRole('button', { name: 'Paste a bounce instead' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('textbox', { name: 'Text of the bounce' }).count()).resolves.toBe(0);
    await screenshot(page, 'late-ready-waiting');
    expect((await axeViolations(page)).map((v) => v.id)).toEqual([]);

    const headline = page.getByRole('heading', { level: 1, name: 'Sales All only accepts mail from certain senders' });
    await headline.waitFor({ timeout: 15000 });
    const seconds = await page.evaluate(() => performance.now() / 1000);
    expect(seconds).toBeGreaterThanOrEqual(6);
    await expect(page.getByText('Waiting for Outlook…').count()).resolves.toBe(0);
    await screenshot(page, 'late-ready-diagnosis');
    expect(errors).toEqual([]);
    await context.close();
  });
});

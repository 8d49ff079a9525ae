/**
 * A forged bounce (phishing dressed as an NDR) in the real browser: the warning
 * comes first, the bounce's link is never a link, and the Admin tab holds its
 * commands back until "I checked, show them anyway". Screenshots at 320 px.
 */
import { axeViolations, openTaskPane, screenshot, useBrowserAndDist, type OpenedPane } from './harness';
import { ndrItem } from './items';

const chromium = useBrowserAndDist();

/** ndrItem reads samples/; the forged fixtures live beside the other test fixtures. */
const forged = (name: string) => ndrItem(`../test/fixtures/forged/${name}`);

function open(displayLanguage: string, item: Record<string, unknown>): Promise<OpenedPane> {
  const { browser, origin } = chromium();
  return openTaskPane(browser, origin, { office: { kind: 'outlook', config: { displayLanguage, userAddress: 'jan@contoso.com', item } } });
}

it('says first that the bounce looks forged, and holds the admin commands back until the user has checked', async () => {
  const pane = await open('en-US', await forged('forged-held-message-link.en.eml'));
  const { page } = pane;
  await page.getByText('This may not be a real bounce').first().waitFor({ timeout: 15_000 });
  const links = await page.evaluate(() => [...document.querySelectorAll('a')].map((anchor) => anchor.href));
  expect(links.some((href) => href.includes('mx-hold-center'))).toBe(false);
  await screenshot(page, 'forged-en-320');
  const violations = await axeViolations(page);
  expect(violations.map((violation) => violation.id)).toEqual([]);

  await page.getByRole('tab', { name: 'Admin' }).click();
  await expect(page.locator('pre, code').count()).resolves.toBe(0);
  await page.getByRole('button', { name: 'I checked, show them anyway' }).click();
  await page.locator('pre, code').first().waitFor();
  await screenshot(page, 'forged-en-admin-shown');
  expect(pane.errors).toEqual([]);
  await pane.close();
});

it('in Dutch, an HTML-only forged bounce read as Outlook hands it out (its own HTML)', async () => {
  const pane = await open('nl-NL', await forged('forged-bekijk-vastgehouden.nl.eml'));
  await pane.page.getByText('Dit is mogelijk geen echt onbestelbaarheidsbericht').first().waitFor({ timeout: 15_000 });
  await screenshot(pane.page, 'forged-nl-320');
  expect(pane.errors).toEqual([]);
  await pane.close();
});

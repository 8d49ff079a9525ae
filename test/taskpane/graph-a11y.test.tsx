/**
 * @jest-environment jsdom
 *
 * axe-core on the Graph views: the owner card with owners found and with the
 * administrator's consent link, and the recent-bounces list (jsdom cannot
 * judge colour contrast; the e2e test in Chromium does).
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { translator } from '../../src/taskpane/i18n';
import type { OwnerLookup } from '../../src/taskpane/owners/owner-directory';
import { sampleSnapshot } from './support/fake-host';
import { FakeRecentSource, scriptedDirectory } from './support/fake-graph-services';
import { TEST_CONFIG, findHeadline, renderApp } from './support/render';

const t = translator('en');
const GRAPH_CONFIG = { ...TEST_CONFIG, graphClientId: '5f7c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b' };

beforeAll(() => {
  jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
jest.setTimeout(30_000);

async function violations(container: HTMLElement): Promise<string[]> {
  const results = await axe.run(container, { resultTypes: ['violations'] });
  return results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

const FOUND: OwnerLookup = {
  status: 'found',
  source: { kind: 'graph' },
  owners: [
    { displayName: 'Megan Bowen', mail: 'megan.bowen@contoso.com', jobTitle: 'Sales manager', photoUrl: 'data:image/png;base64,iVBORw0KGgo=' },
    { displayName: 'Alex Wilber', mail: 'alex.wilber@contoso.com' },
  ],
};

it.each<[string, OwnerLookup]>([
  ['owners found', FOUND],
  ['admin consent needed', { status: 'problem', problem: { kind: 'consent', adminOnly: true } }],
  ['sign-in needed', { status: 'problem', problem: { kind: 'sign-in' } }],
])('owner card: %s', async (_name, answer) => {
  const user = userEvent.setup();
  const { container } = renderApp({ read: () => Promise.resolve(sampleSnapshot('restricted-group-en.eml')) }, { ownerDirectory: scriptedDirectory(answer), config: GRAPH_CONFIG });
  await findHeadline();
  await user.click(await screen.findByRole('button', { name: /^(Owner contact card|Find the owner)$/ }));
  const card = await screen.findByRole('region', { name: t('ownerCardHeading', { group: 'Sales All' }) });
  await within(card).findAllByRole('button', { name: answer.status === 'found' ? /Email/ : /./ });
  expect(await violations(container)).toEqual([]);
});

it('recent bounces list', async () => {
  const user = userEvent.setup();
  const source = new FakeRecentSource([
    { id: 'a', subject: 'Undeliverable: Offer', receivedDateTime: '2026-11-26T09:00:00Z', bodyPreview: "Remote Server returned '550 5.7.124 RESOLVER.RST.RestrictedToGroupPermission'", foundBy: 'message-class' },
    { id: 'b', subject: 'Onbestelbaar: Agenda', receivedDateTime: '2026-11-25T09:00:00Z', bodyPreview: '', foundBy: 'message-class', bodyText: '' },
  ], { pageSize: 1 });
  const { container } = renderApp({ read: () => Promise.resolve(sampleSnapshot('public-folder.eml')) }, { recentBounceSource: source, config: GRAPH_CONFIG });
  await findHeadline();
  expect(await violations(container)).toEqual([]);
  await user.click(screen.getByRole('button', { name: t('recentBouncesButton') }));
  const view = await screen.findByRole('region', { name: t('recentBouncesHeading') });
  await within(view).findByText('550 5.7.124');
  expect(await violations(container)).toEqual([]);
});

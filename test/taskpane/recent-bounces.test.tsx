/**
 * @jest-environment jsdom
 *
 * The "Recent bounces" view (Microsoft Graph, faked at the pane's seam with an
 * in-memory mailbox of the sample bounces): reachable from every state, empty,
 * paged with a progress indicator, errors with a way forward, the code of each
 * bounce, and choosing one shows its diagnosis with the way back to the list.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReadFailure } from '../../src/office/host';
import { translator } from '../../src/taskpane/i18n';
import { originalSubjectOf } from '../../src/taskpane/components/RecentBounces';
import { previewText } from '../../src/taskpane/recent/recent-bounces-store';
import { mailbox } from '../fake-graph/tenant';
import { sampleSnapshot } from './support/fake-host';
import { FakeRecentSource, type FakeBounce, type FakeRecentOptions } from './support/fake-graph-services';
import { TEST_CONFIG, findHeadline, renderApp } from './support/render';

const t = translator('en');
const NOW = new Date('2026-11-26T12:00:00Z');
const GRAPH_CONFIG = { ...TEST_CONFIG, graphClientId: '5f7c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b' };

let bounces: FakeBounce[];

beforeAll(async () => {
  const messages = await mailbox({ now: NOW });
  bounces = messages
    .filter((message) => message.id !== 'AAMkAD-lunch' && message.id !== 'AAMkAD-old')
    .sort((a, b) => Date.parse(b.receivedDateTime) - Date.parse(a.receivedDateTime))
    .map((message) => ({
      id: message.id,
      subject: message.subject,
      receivedDateTime: message.receivedDateTime,
      bodyPreview: message.bodyPreview,
      foundBy: message.messageClass === 'IPM.Note' ? 'subject' : 'message-class',
      bodyText: message.bodyText,
      mime: message.mime,
    }));
});

const restricted = () => Promise.reject(new ReadFailure('restricted', 'NDR'));
const readable = () => Promise.resolve(sampleSnapshot('public-folder.eml'));

function render(options: FakeRecentOptions = {}, read: () => Promise<never> | ReturnType<typeof readable> = readable, list = bounces) {
  const source = new FakeRecentSource(list, { pageSize: 3, ...options });
  const rendered = renderApp({ read }, { recentBounceSource: source, config: GRAPH_CONFIG });
  return { source, user: userEvent.setup(), ...rendered };
}

async function openRecent(user: ReturnType<typeof userEvent.setup>): Promise<HTMLElement> {
  await user.click(await screen.findByRole('button', { name: t('recentBouncesButton') }));
  return screen.findByRole('region', { name: t('recentBouncesHeading') });
}

describe('reachable from every state', () => {
  it('from a diagnosis, through the top bar; the heading takes the focus', async () => {
    const { user, source } = render();
    await findHeadline(/public folder/i);
    expect(source.calls).toEqual([]); // Mail.Read only when the user opens the view
    const view = await openRecent(user);
    expect(within(view).getByRole('heading', { level: 1, name: t('recentBouncesHeading') })).toHaveFocus();
    expect(screen.queryByRole('button', { name: t('recentBouncesButton') })).toBeNull();
  });

  it('while the item is still being read', async () => {
    const { user } = render({}, () => new Promise<never>(() => undefined));
    expect(await screen.findByText(t('loading'))).toBeInTheDocument();
    await openRecent(user);
  });

  it('on the cannot-read screen: the third way forward, and nothing is fetched before the click', async () => {
    const { user, source } = render({}, restricted);
    await findHeadline(t('cannotReadHeading'));
    const ways = screen.getByRole('region', { name: t('waysForwardHeading') });
    expect(within(ways).getAllByRole('listitem')).toHaveLength(3);
    expect(within(ways).getByText(t('wayRecent'))).toBeInTheDocument();
    expect(source.calls).toEqual([]);
    await user.click(within(ways).getByRole('button', { name: t('wayRecentButton') }));
    expect(await screen.findByRole('region', { name: t('recentBouncesHeading') })).toBeInTheDocument();
  });

  it('without Graph there is no such button (the pane is as before)', async () => {
    renderApp({ read: readable }, { config: GRAPH_CONFIG });
    await findHeadline(/public folder/i);
    expect(screen.queryByRole('button', { name: t('recentBouncesButton') })).toBeNull();
  });
});

describe('the list', () => {
  it('newest first: date, the subject that bounced, and the code (from the preview or the body text)', async () => {
    const { user, source } = render();
    await findHeadline(/public folder/i);
    const view = await openRecent(user);
    const items = await within(view).findAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent('Offer for the spring campaign');
    expect(items[0]).not.toHaveTextContent('Undeliverable:');
    expect(items[1]).toHaveTextContent('Agenda teamoverleg');
    // Postfix's subject does not carry the original one, nor does its text part (the headers are a part of their own).
    expect(items[2]).toHaveTextContent('Undelivered Mail Returned to Sender');
    expect(items[0]).toHaveTextContent(new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(bounces[0]!.receivedDateTime)));
    await waitFor(() => expect(items[0]).toHaveTextContent('550 5.7.124'));
    await waitFor(() => expect(items[1]).toHaveTextContent('550 5.7.1'));
    // Exchange's previews stop before the code: the body text was fetched (silently), never the MIME.
    expect(source.calls.filter((call) => call.call === 'bodyText').every((call) => !call.interactive)).toBe(true);
    expect(source.calls.some((call) => call.call === 'mime')).toBe(false);
  });

  it('a subject without the original one: the subject the engine reads in the body text', async () => {
    const exchange = bounces[0]!;
    const dsn: FakeBounce = { ...exchange, id: 'dsn', subject: 'Delivery Status Notification (Failure)', bodyPreview: 'Remote Server returned 550 5.7.124 and more' };
    const { user, source } = render({}, readable, [dsn]);
    await findHeadline(/public folder/i);
    const view = await openRecent(user);
    const item = await within(view).findByRole('listitem');
    await waitFor(() => expect(item).toHaveTextContent('Offer for the spring campaign'));
    expect(item).toHaveTextContent('550 5.7.124');
    expect(source.calls.filter((call) => call.call === 'bodyText')).toEqual([{ call: 'bodyText', interactive: false, id: 'dsn' }]);
  });

  it('empty: says so', async () => {
    const { user } = render({}, readable, []);
    await findHeadline(/public folder/i);
    const view = await openRecent(user);
    expect(await within(view).findByText(t('recentEmpty'))).toBeInTheDocument();
    expect(within(view).queryByRole('button', { name: t('recentLoadMore') })).toBeNull();
  });

  it('paged: a spinner while loading, "Load more", and the end', async () => {
    const { user, source } = render({ hold: true });
    await findHeadline(/public folder/i);
    const view = await openRecent(user);
    expect(await within(view).findByText(t('recentLoading'))).toBeInTheDocument();
    source.release();
    await waitFor(() => expect(within(view).getAllByRole('listitem')).toHaveLength(3));
    await user.click(within(view).getByRole('button', { name: t('recentLoadMore') }));
    expect(await within(view).findByText(t('recentLoadingMore'))).toBeInTheDocument();
    expect(within(view).getByRole('list')).toHaveAttribute('aria-busy', 'true');
    source.release();
    await waitFor(() => expect(within(view).getAllByRole('listitem')).toHaveLength(5));
    expect(within(view).queryByRole('button', { name: t('recentLoadMore') })).toBeNull();
    expect(within(view).getByText(t('recentEnd'))).toBeInTheDocument();
    expect(source.calls.filter((call) => call.call === 'list')).toEqual([
      { call: 'list', interactive: false },
      { call: 'list', interactive: false },
    ]);
  });

  it('error: its words and "Try again", then the list', async () => {
    const { user } = render({ listProblems: [{ kind: 'forbidden', code: 'ErrorAccessDenied' }] });
    await findHeadline(/public folder/i);
    const view = await openRecent(user);
    expect(await within(view).findByText(t('graphForbidden'))).toBeInTheDocument();
    await user.click(within(view).getByRole('button', { name: t('graphTryAgain') }));
    await waitFor(() => expect(within(view).getAllByRole('listitem')).toHaveLength(3));
    expect(within(view).queryByText(t('graphForbidden'))).toBeNull();
  });

  it('throttled and offline say so too', async () => {
    const { user } = render({ listProblems: [{ kind: 'throttled', retryAfterSeconds: 12 }, { kind: 'offline' }] });
    await findHeadline(/public folder/i);
    const view = await openRecent(user);
    expect(await within(view).findByText(t('graphThrottled', { seconds: '12' }))).toBeInTheDocument();
    await user.click(within(view).getByRole('button', { name: t('graphTryAgain') }));
    expect(await within(view).findByText(t('graphOffline'))).toBeInTheDocument();
  });

  it('Mail.Read not consented yet: "Allow", and only that click signs in', async () => {
    const { user, source } = render({ needsClick: { kind: 'consent', adminOnly: false } });
    await findHeadline(/public folder/i);
    const view = await openRecent(user);
    expect(await within(view).findByText(t('graphConsentUser', { feature: t('featureMail') }))).toBeInTheDocument();
    expect(source.calls).toEqual([{ call: 'list', interactive: false }]);
    await user.click(within(view).getByRole('button', { name: t('graphAllowButton') }));
    await waitFor(() => expect(within(view).getAllByRole('listitem')).toHaveLength(3));
    expect(source.calls[1]).toEqual({ call: 'list', interactive: true });
  });
});

describe('choosing a bounce', () => {
  it('fetches its MIME and shows the full diagnosis; Back returns to the list as it was', async () => {
    const { user, source } = render({}, restricted);
    await findHeadline(t('cannotReadHeading'));
    await user.click(screen.getByRole('button', { name: t('wayRecentButton') }));
    const view = await screen.findByRole('region', { name: t('recentBouncesHeading') });
    const items = await within(view).findAllByRole('listitem');
    await user.click(within(items[1]!).getByRole('button'));
    expect(await findHeadline('Directie Overleg only accepts mail from certain senders')).toHaveFocus();
    expect(screen.getByText(t('sourceRecent', { subject: 'Agenda teamoverleg' }))).toBeInTheDocument();
    expect(source.calls.filter((call) => call.call === 'mime')).toEqual([{ call: 'mime', interactive: false, id: 'AAMkAD-restricted-nl' }]);
    // The owner card and the rest of the diagnosis are there as for a selected bounce.
    expect(screen.getByRole('button', { name: /^(Owner contact card|Find the owner)$/ })).toBeInTheDocument();

    const listCalls = source.calls.filter((call) => call.call === 'list').length;
    await user.click(screen.getByRole('button', { name: t('backToRecent') }));
    const again = await screen.findByRole('region', { name: t('recentBouncesHeading') });
    expect(within(again).getAllByRole('listitem')).toHaveLength(3);
    expect(source.calls.filter((call) => call.call === 'list')).toHaveLength(listCalls);

    await user.click(screen.getByRole('button', { name: t('backToItem') }));
    expect(await findHeadline(t('cannotReadHeading'))).toBeInTheDocument();
  });

  it('a bounce that cannot be fetched: the problem at that bounce, and the list stays', async () => {
    const { user, source } = render();
    await findHeadline(/public folder/i);
    const view = await openRecent(user);
    const items = await within(view).findAllByRole('listitem');
    source.mimeProblem = { kind: 'not-found' };
    await user.click(within(items[0]!).getByRole('button'));
    expect(await within(items[0]!).findByText(t('graphNotFound'))).toBeInTheDocument();
    expect(within(view).getAllByRole('listitem')).toHaveLength(3);
  });
});

describe('helpers', () => {
  it('shows the subject of the message that bounced', () => {
    expect(originalSubjectOf('Undeliverable: Offer for the spring campaign')).toBe('Offer for the spring campaign');
    expect(originalSubjectOf('Onbestelbaar: Agenda teamoverleg')).toBe('Agenda teamoverleg');
    expect(originalSubjectOf('Non remis : Facture')).toBe('Facture');
    expect(originalSubjectOf('Undelivered Mail Returned to Sender')).toBe('Undelivered Mail Returned to Sender');
    expect(originalSubjectOf('Undelivered Mail Returned to Sender', 'Your order has shipped')).toBe('Your order has shipped');
    expect(originalSubjectOf('Undeliverable: Offer', 'Something else')).toBe('Offer');
    expect(originalSubjectOf('Lunch')).toBe('Lunch');
  });

  it('does not trust a code cut short at the end of a full preview', () => {
    const preview = `${'x'.repeat(245)} 550 5.7.1`; // 255 characters: Graph's cut, maybe inside 5.7.124
    expect(preview).toHaveLength(255);
    expect(previewText(preview)).not.toMatch(/5\.7\.1$/);
    expect(previewText('Short preview 550 5.7.124')).toBe('Short preview 550 5.7.124');
  });
});

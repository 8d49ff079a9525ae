/**
 * @jest-environment jsdom
 *
 * A bounce is written by a stranger. An HTML "bounce" with a script, an image
 * with onerror, a javascript: link and a phishing link must end up as inert
 * text: no element from the bounce in the DOM, no link to a host the catalog
 * does not know, nothing executed.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { diagnose } from '../../src/ndr';
import { ALLOWED_LINK_HOSTS } from '../../src/ndr/catalog';
import { translator } from '../../src/taskpane/i18n';
import { hostileHtml } from './support/bounces';
import { findHeadline, renderApp } from './support/render';

const t = translator('en');
const globals = globalThis as { __pwned?: unknown };

const hostileSnapshot = {
  itemId: 'AAMkHostile',
  subject: 'Undeliverable: Offer',
  notes: [],
  source: { html: hostileHtml, subject: 'Undeliverable: Offer', from: 'Microsoft Outlook <postmaster@contoso.com>' },
};

function expectInert(container: HTMLElement): void {
  expect(container.querySelectorAll('script, img, iframe, object, embed, form[action], base, meta, link')).toHaveLength(0);
  for (const element of container.querySelectorAll('*')) {
    for (const attribute of element.getAttributeNames()) expect(attribute).not.toMatch(/^on/i);
  }
  for (const anchor of container.querySelectorAll('a')) {
    const href = anchor.getAttribute('href') ?? '';
    const url = new URL(href);
    expect(url.protocol).toBe('https:');
    expect(ALLOWED_LINK_HOSTS).toContain(url.hostname);
  }
  expect(container.innerHTML).not.toMatch(/javascript:/i);
  expect(container.innerHTML).not.toContain('evil.example/verify"');
  expect(globals.__pwned).toBeUndefined();
}

describe('a hostile bounce', () => {
  it('is diagnosed by the engine (so the pane really renders its text)', async () => {
    const diagnosis = await diagnose(hostileSnapshot.source);
    expect(diagnosis.facts.isBounce).toBe(true);
    expect(diagnosis.authenticity.authentic).toBe(false);
  });

  // Opens every fold of a large hostile diagnosis: slow under jsdom on a loaded machine.
  it('renders as inert text, with the phishing warning first, in every fold', async () => {
    const user = userEvent.setup();
    const { container } = renderApp({ read: () => Promise.resolve(hostileSnapshot) });
    await findHeadline();
    expect(screen.getByText(t('notGenuineTitle'))).toBeInTheDocument();
    expectInert(container);

    // Open everything that can be opened: the owner card, each tab, each fold.
    for (const toggle of screen.queryAllByRole('button', { name: /^(Owner contact card|Find the owner)$/ })) await user.click(toggle);
    for (const tab of screen.getAllByRole('tab')) {
      await user.click(tab);
      expectInert(container);
    }
    const details = screen.getByRole('region', { name: t('detailsHeading') });
    for (const header of within(details).getAllByRole('button')) await user.click(header);
    expectInert(container);

    // The markup in the reply is shown as the characters it is.
    expect(within(details).getAllByText(/<script>alert\(4\)<\/script>/).length).toBeGreaterThan(0);
  }, 30_000);

  it('puts no element from the bounce into the messages it composes', async () => {
    const user = userEvent.setup();
    const { host } = renderApp({ read: () => Promise.resolve(hostileSnapshot) });
    await findHeadline();
    await user.click(screen.getByRole('button', { name: t('sendToItButton') }));
    for (const button of screen.queryAllByRole('button', { name: t('askPermissionButton') })) await user.click(button);
    for (const button of screen.queryAllByRole('button', { name: 'Write the request' })) await user.click(button);
    expect(host.composed.length).toBeGreaterThan(0);
    for (const message of host.composed) {
      expect(message.htmlBody).not.toMatch(/<(script|img|a|svg|iframe)\b/i);
      expect(message.htmlBody).not.toMatch(/javascript:/i);
      // Subjects are plain text (never HTML); what matters is one line, no header injection.
      expect(message.subject).not.toMatch(/[\r\n]/);
    }
  });
});

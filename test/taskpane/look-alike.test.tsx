/**
 * @jest-environment jsdom
 *
 * Direction and look-alike characters: a bounce whose group name holds a
 * right-to-left override and whose group address has a Cyrillic letter. No bidi
 * control reaches the pane's text or the messages it composes, and the
 * look-alike address is pointed out in the user's language.
 */
import { render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { diagnose } from '../../src/ndr';
import type { UiLanguage } from '../../src/ndr/types';
import { FailedRecipients } from '../../src/taskpane/components/FailedRecipients';
import { I18nProvider } from '../../src/taskpane/i18n/context';
import userEvent from '@testing-library/user-event';
import { originalSubjectOf } from '../../src/taskpane/recent/recent-bounces-store';
import { findHeadline, renderApp } from './support/render';

/** `sаles-all` with a Cyrillic `а` (U+0430). */
const LOOK_ALIKE = 's\u0430les-all@contoso.com';
const BIDI_OR_INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/;

const text = [
  'Delivery has failed to these recipients or groups:',
  '',
  `Sales\u202e llA\u202c Team\u200b (${LOOK_ALIKE})<mailto:${LOOK_ALIKE}>`,
  "Your message couldn't be delivered because you don't have permission to send to this group. Ask the group's owner to give you permission.",
  '',
  'Diagnostic information for administrators:',
  '',
  'Generating server: DB9PR01MB0001.eurprd01.prod.outlook.com',
  '',
  LOOK_ALIKE,
  "Remote Server returned '550 5.7.124 RESOLVER.RST.RestrictedToGroupPermission; Sender not in allowed-senders list\u2067 [evil]'",
  '',
  'Original message headers:',
  '',
  'From: Jan de Vries <jan.devries@fabrikam.com>',
  `To: Sales Team <${LOOK_ALIKE}>`,
  'Subject: Offer\u202e rof the\u2066 spring campaign',
  'Message-ID: <offer-1@fabrikam.com>',
].join('\n');

const snapshot = {
  itemId: 'AAMkLookAlike',
  subject: 'Undeliverable: Offer\u202e rof the spring campaign',
  notes: [],
  source: { text, subject: 'Undeliverable: Offer\u202e rof the spring campaign', from: 'Microsoft Outlook <postmaster@contoso.com>' },
};

describe('a bounce with bidi controls and a look-alike group address', () => {
  it('shows no bidi or zero-width character anywhere in the pane, and warns about the address', async () => {
    const { container } = renderApp({ read: () => Promise.resolve(snapshot) });
    await findHeadline();
    expect(container.textContent ?? '').not.toMatch(BIDI_OR_INVISIBLE);
    for (const element of container.querySelectorAll('*')) {
      for (const attribute of element.getAttributeNames()) expect(element.getAttribute(attribute) ?? '').not.toMatch(BIDI_OR_INVISIBLE);
    }
    expect(screen.getAllByText('This address mixes letters from different alphabets (Latin and Cyrillic): it may imitate another address.').length).toBeGreaterThan(0);
    // The address itself is still shown whole, so the user can see what the bounce said.
    expect(container.textContent).toContain(LOOK_ALIKE);
  });

  it('warns in Dutch in a Dutch Outlook', async () => {
    renderApp({ read: () => Promise.resolve(snapshot), displayLanguage: 'nl-NL' });
    await findHeadline();
    expect(screen.getAllByText('Dit adres mengt letters uit verschillende alfabetten (Latijns en Cyrillisch): het kan een ander adres nabootsen.').length).toBeGreaterThan(0);
  });

  it('puts no bidi control into the subject or body of the messages it composes, nor the look-alike into commands', async () => {
    const user = userEvent.setup();
    const { host, container } = renderApp({ read: () => Promise.resolve(snapshot) });
    await findHeadline();
    await user.click(screen.getByRole('button', { name: /send to it/i }));
    for (const button of screen.queryAllByRole('button', { name: /ask for permission/i })) await user.click(button);
    expect(host.composed.length).toBeGreaterThan(0);
    for (const message of host.composed) {
      expect(message.subject).not.toMatch(BIDI_OR_INVISIBLE);
      expect(message.htmlBody).not.toMatch(BIDI_OR_INVISIBLE);
    }
    let commands = 0;
    for (const tab of screen.getAllByRole('tab')) {
      await user.click(tab);
      commands += container.querySelectorAll('pre, code').length;
    }
    expect(commands).toBeGreaterThan(0);
    for (const code of container.querySelectorAll('pre, code')) expect(code.textContent ?? '').not.toContain('\u0430');
  });
});

describe('the recent bounces list', () => {
  it('shows a bounce subject without its bidi controls', () => {
    expect(originalSubjectOf('Undeliverable: Offer\u202e rof\u200b the spring')).toBe('Offer rof the spring');
    expect(originalSubjectOf('Undelivered Mail Returned to Sender', 'Offer\u2067 x')).toBe('Offer x');
  });
});

describe('the failed recipients list', () => {
  async function renderFailures(address: string, lang: UiLanguage): Promise<HTMLElement> {
    const diagnosis = await diagnose({ text: text.replaceAll(LOOK_ALIKE, address) }, { userAddress: 'jan@contoso.com' });
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <I18nProvider lang={lang}>
          <FailedRecipients failures={diagnosis.facts.failures} />
        </I18nProvider>
      </FluentProvider>,
    );
    return container;
  }

  it('says when an address imitates the user\'s own domain, in English and Dutch', async () => {
    await renderFailures('sales-all@c0ntoso.com', 'en');
    expect(screen.getByText('This address looks like one of your own organization (contoso.com) but is not: it may be an imitation.')).toBeInTheDocument();
    await renderFailures('sales-all@c0ntoso.com', 'nl');
    expect(screen.getByText('Dit adres lijkt op een adres van uw eigen organisatie (contoso.com), maar is het niet: het kan een nabootsing zijn.')).toBeInTheDocument();
  });

  it('shows no warning for the user\'s real domain or an ordinary name with accents', async () => {
    const container = await renderFailures('josé.müller@contoso.com', 'en');
    expect(container.textContent).toContain('josé.müller@contoso.com');
    expect(container.textContent).not.toMatch(/alphabets|imitation/);
  });
});

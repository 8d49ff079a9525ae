/**
 * @jest-environment jsdom
 *
 * axe-core finds no violations in the diagnosis, cannot-read, not-a-bounce and
 * stand-alone views (jsdom cannot judge colour contrast; Fluent's tokens do).
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { ReadFailure } from '../../src/office/host';
import { translator } from '../../src/taskpane/i18n';
import { sampleSnapshot } from './support/fake-host';
import { findHeadline, renderApp } from './support/render';

const t = translator('en');

// axe renders text on a canvas for some checks (icon ligatures, contrast); jsdom has no canvas.
// Without one those checks end up "incomplete", not passed or failed, which is what we want here.
beforeAll(() => {
  jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

// axe walks the whole tree several times; in jsdom that takes seconds.
jest.setTimeout(30_000);

async function violations(container: HTMLElement): Promise<string[]> {
  const results = await axe.run(container, { resultTypes: ['violations'] });
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

describe('accessibility (axe)', () => {
  it('really checks in this setup (a nameless button is a violation)', async () => {
    const container = document.body.appendChild(document.createElement('main'));
    container.innerHTML = '<h1>x</h1><button type="button"></button>';
    expect((await violations(container)).join()).toContain('button-name');
    container.remove();
  });

  it('diagnosis view, with the owner card open, the admin tab and the details unfolded', async () => {
    const user = userEvent.setup();
    const { container } = renderApp({ read: () => Promise.resolve(sampleSnapshot('restricted-group-en.eml')) });
    await findHeadline();
    expect(await violations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Find the owner' }));
    await screen.findByText(t('ownerUnknown'));
    await user.click(screen.getByRole('tab', { name: t('tabAdmin') }));
    const details = screen.getByRole('region', { name: t('detailsHeading') });
    for (const header of within(details).getAllByRole('button')) await user.click(header);
    expect(await violations(container)).toEqual([]);
  });

  it('diagnosis view in Dutch, with a warning for a doubtful bounce', async () => {
    const { container } = renderApp({
      displayLanguage: 'nl-NL',
      read: () =>
        Promise.resolve({
          notes: [],
          source: {
            subject: 'Onbestelbaar: factuur',
            from: 'Mail Administrator <it-support@secure-mail-center.example>',
            html: '<p>Delivery has failed: boss@contoso.com</p><p>550 5.7.1 Messages are on hold.</p><p><a href="https://secure-mail-center.example/release">Release your messages</a></p>',
          },
        }),
    });
    await findHeadline();
    expect(await violations(container)).toEqual([]);
  });

  it('cannot-read view', async () => {
    const { container } = renderApp({
      read: () => Promise.reject(new ReadFailure('error', 'x', { code: 9020, name: 'GenericResponseError', message: 'Internal error' })),
    });
    await findHeadline(t('cannotReadHeading'));
    expect(await violations(container)).toEqual([]);
  });

  it('not-a-bounce view', async () => {
    const { container } = renderApp({ read: () => Promise.resolve(sampleSnapshot('not-a-bounce.eml')) });
    await findHeadline(t('notABounceHeading'));
    expect(await violations(container)).toEqual([]);
  });

  it('stand-alone view, and a sample diagnosed there', async () => {
    const user = userEvent.setup();
    const { container } = renderApp({ kind: 'standalone', capabilities: ['compose'] });
    await findHeadline(t('appName'));
    expect(await violations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: /Sending IP on a block list/ }));
    await findHeadline('Outlook.com blocks mail from the sending network');
    expect(await violations(container)).toEqual([]);
  });
});

/**
 * @jest-environment jsdom
 *
 * "Check again" on a restricted group: absent without Microsoft Graph; with it,
 * one click asks whether the user may send to the group now and says so in one
 * sentence, in English and Dutch; a spinner while asking; sign-in only after a
 * click on "Sign in"; every click asks again. The delivery check is played at
 * the pane's seam (src/taskpane/owners/delivery-check.ts); the Graph side of it
 * is tested over HTTP in test/graph/mail-tips.test.ts.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import type { RestrictedGroup, UiLanguage } from '../../src/ndr/types';
import { CheckAgain } from '../../src/taskpane/components/CheckAgain';
import { I18nProvider } from '../../src/taskpane/i18n/context';
import type { DeliveryCheck, DeliveryCheckResult } from '../../src/taskpane/owners/delivery-check';
import { noOwnerDirectory } from '../../src/taskpane/owners/owner-directory';
import { PaneServicesProvider, type PaneServices } from '../../src/taskpane/services';
import { FakeMailHost } from './support/fake-host';
import { TEST_CONFIG } from './support/render';

const SALES_ALL: RestrictedGroup = { name: 'Sales All', address: 'sales-all@contoso.com' };

/** Answers from a script, one per call (the last one repeats); `hold` keeps answers back until `release()`. */
class ScriptedDeliveryCheck implements DeliveryCheck {
  readonly asked: Array<{ address: string; interactive: boolean }> = [];
  private waiting: Array<() => void> = [];
  hold = false;

  constructor(private readonly answers: Array<DeliveryCheckResult | ((interactive: boolean) => DeliveryCheckResult)>) {}

  async check(address: string, options?: { interactive?: boolean }): Promise<DeliveryCheckResult> {
    const interactive = options?.interactive === true;
    this.asked.push({ address, interactive });
    if (this.hold) await new Promise<void>((go) => this.waiting.push(go));
    const next = this.answers.length > 1 ? this.answers.shift() : this.answers[0];
    if (!next) throw new Error('no answer scripted');
    return typeof next === 'function' ? next(interactive) : next;
  }

  release(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const go of waiting) go();
  }
}

function renderCheckAgain(group: RestrictedGroup, deliveryCheck: DeliveryCheck | undefined, lang: UiLanguage = 'en') {
  const services: PaneServices = {
    host: new FakeMailHost(),
    ownerDirectory: noOwnerDirectory,
    config: TEST_CONFIG,
    ...(deliveryCheck ? { deliveryCheck } : {}),
  };
  const user = userEvent.setup();
  const result = render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider lang={lang}>
        <PaneServicesProvider value={services}>
          <CheckAgain group={group} />
        </PaneServicesProvider>
      </I18nProvider>
    </FluentProvider>,
  );
  return { user, ...result };
}

const BUTTON = { en: 'Check again', nl: 'Opnieuw controleren' } as const;

describe('without Microsoft Graph', () => {
  it('offers no "Check again" at all', () => {
    const { container } = renderCheckAgain(SALES_ALL, undefined);
    expect(screen.queryByRole('button', { name: 'Check again' })).toBeNull();
    expect(container.textContent).toBe('');
  });

  it('offers none for a group the bounce names without an address (MailTips are asked by address)', () => {
    const check = new ScriptedDeliveryCheck([{ status: 'open' }]);
    const { container } = renderCheckAgain({ name: 'Sales All' }, check);
    expect(container.textContent).toBe('');
    expect(check.asked).toEqual([]);
  });
});

describe('the answer, in one sentence', () => {
  it.each([
    ['open', 'en', 'You may send to Sales All now.'],
    ['open', 'nl', 'U mag nu mailen naar Sales All.'],
    ['moderated', 'en', 'You may send to Sales All now, but a moderator approves messages first.'],
    ['moderated', 'nl', 'U mag nu mailen naar Sales All, maar een moderator keurt berichten eerst goed.'],
    ['restricted', 'en', 'Sales All still doesn’t accept messages from you.'],
    ['restricted', 'nl', 'Sales All neemt nog steeds geen berichten van u aan.'],
    ['unknown', 'en', 'Exchange can’t tell whether Sales All accepts your messages.'],
    ['unknown', 'nl', 'Exchange kan niet zeggen of Sales All uw berichten aanneemt.'],
  ] as const)('%s (%s): "%s"', async (status, lang, sentence) => {
    const check = new ScriptedDeliveryCheck([{ status }]);
    const { user } = renderCheckAgain(SALES_ALL, check, lang);
    // Nothing is asked before the click.
    expect(check.asked).toEqual([]);
    await user.click(screen.getByRole('button', { name: BUTTON[lang] }));
    const live = screen.getByRole('status');
    expect(live).toHaveAttribute('aria-live', 'polite');
    expect(await within(live).findByText(sentence)).toBeInTheDocument();
    expect(check.asked).toEqual([{ address: 'sales-all@contoso.com', interactive: false }]);
  });

  it('names the group by its address when the bounce gives no name', async () => {
    const check = new ScriptedDeliveryCheck([{ status: 'restricted' }]);
    const { user } = renderCheckAgain({ address: 'board@contoso.com' }, check);
    await user.click(screen.getByRole('button', { name: 'Check again' }));
    expect(await screen.findByText('board@contoso.com still doesn’t accept messages from you.')).toBeInTheDocument();
  });

  it('shows the group’s name from the bounce as text, never as markup', async () => {
    const check = new ScriptedDeliveryCheck([{ status: 'open' }]);
    const { user, container } = renderCheckAgain({ name: '<img src=x onerror=alert(1)>Sales', address: 'sales-all@contoso.com' }, check);
    await user.click(screen.getByRole('button', { name: 'Check again' }));
    expect(await screen.findByText('You may send to <img src=x onerror=alert(1)>Sales now.')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });
});

describe('asking', () => {
  it('shows a spinner while Exchange is asked, with the button off, then the answer', async () => {
    const check = new ScriptedDeliveryCheck([{ status: 'open' }]);
    check.hold = true;
    const { user } = renderCheckAgain(SALES_ALL, check);
    await user.click(screen.getByRole('button', { name: 'Check again' }));
    expect(await screen.findByText('Checking whether Sales All accepts your messages…')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Check again' })).toBeDisabled();
    check.release();
    expect(await screen.findByText('You may send to Sales All now.')).toBeInTheDocument();
    expect(screen.queryByText('Checking whether Sales All accepts your messages…')).toBeNull();
    expect(screen.getByRole('button', { name: 'Check again' })).toBeEnabled();
  });

  it('asks again on every click: the owner may have let the user in meanwhile', async () => {
    const check = new ScriptedDeliveryCheck([{ status: 'restricted' }, { status: 'open' }]);
    const { user } = renderCheckAgain(SALES_ALL, check);
    await user.click(screen.getByRole('button', { name: 'Check again' }));
    expect(await screen.findByText('Sales All still doesn’t accept messages from you.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Check again' }));
    expect(await screen.findByText('You may send to Sales All now.')).toBeInTheDocument();
    expect(screen.queryByText('Sales All still doesn’t accept messages from you.')).toBeNull();
    expect(check.asked).toEqual([
      { address: 'sales-all@contoso.com', interactive: false },
      { address: 'sales-all@contoso.com', interactive: false },
    ]);
  });
});

describe('problems', () => {
  const signInFirst = (interactive: boolean): DeliveryCheckResult =>
    interactive ? { status: 'open' } : { status: 'problem', problem: { kind: 'sign-in' } };

  it('not signed in: says so, and only "Sign in" may open the sign-in window; then the answer', async () => {
    const check = new ScriptedDeliveryCheck([signInFirst]);
    const { user } = renderCheckAgain(SALES_ALL, check);
    await user.click(screen.getByRole('button', { name: 'Check again' }));
    expect(await screen.findByText('To check the group, Bounce Doctor needs you to sign in to Microsoft 365 once.')).toBeInTheDocument();
    expect(check.asked.map((call) => call.interactive)).toEqual([false]);
    await user.click(screen.getByRole('button', { name: 'Sign in to check the group' }));
    expect(await screen.findByText('You may send to Sales All now.')).toBeInTheDocument();
    expect(check.asked.map((call) => call.interactive)).toEqual([false, true]);
  });

  it('not signed in, in Dutch', async () => {
    const check = new ScriptedDeliveryCheck([signInFirst]);
    const { user } = renderCheckAgain(SALES_ALL, check, 'nl');
    await user.click(screen.getByRole('button', { name: 'Opnieuw controleren' }));
    expect(await screen.findByText('Om de groep te controleren moet u zich eenmalig aanmelden bij Microsoft 365.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Aanmelden om de groep te controleren' }));
    expect(await screen.findByText('U mag nu mailen naar Sales All.')).toBeInTheDocument();
  });

  it('consent the user can give: "Allow" asks with the sign-in window', async () => {
    const check = new ScriptedDeliveryCheck([
      (interactive) => (interactive ? { status: 'restricted' } : { status: 'problem', problem: { kind: 'consent', adminOnly: false } }),
    ]);
    const { user } = renderCheckAgain(SALES_ALL, check);
    await user.click(screen.getByRole('button', { name: 'Check again' }));
    expect(await screen.findByText('Bounce Doctor needs your permission to check the group. Microsoft 365 asks you once.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Allow' }));
    expect(await screen.findByText('Sales All still doesn’t accept messages from you.')).toBeInTheDocument();
    expect(check.asked.map((call) => call.interactive)).toEqual([false, true]);
  });

  it('throttled: says how long to wait, and "Try again" asks again without a sign-in window', async () => {
    const check = new ScriptedDeliveryCheck([{ status: 'problem', problem: { kind: 'throttled', retryAfterSeconds: 7 } }, { status: 'moderated' }]);
    const { user } = renderCheckAgain(SALES_ALL, check);
    await user.click(screen.getByRole('button', { name: 'Check again' }));
    expect(await screen.findByText('Microsoft 365 is busy right now. Try again in 7 seconds.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('You may send to Sales All now, but a moderator approves messages first.')).toBeInTheDocument();
    expect(check.asked.map((call) => call.interactive)).toEqual([false, false]);
  });

  it('offline, in Dutch', async () => {
    const check = new ScriptedDeliveryCheck([{ status: 'problem', problem: { kind: 'offline' } }]);
    const { user } = renderCheckAgain(SALES_ALL, check, 'nl');
    await user.click(screen.getByRole('button', { name: 'Opnieuw controleren' }));
    expect(await screen.findByText('Bounce Doctor kon Microsoft 365 niet bereiken. Controleer uw verbinding en probeer het opnieuw.')).toBeInTheDocument();
  });

  it('a check that throws (a bug) says what went wrong instead of breaking the pane', async () => {
    const broken: DeliveryCheck = { check: () => Promise.reject(new Error('boom')) };
    const { user } = renderCheckAgain(SALES_ALL, broken);
    await user.click(screen.getByRole('button', { name: 'Check again' }));
    expect(await screen.findByText('That did not work: boom')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Check again' })).toBeEnabled();
  });
});

describe('accessibility (axe-core; jsdom cannot judge contrast)', () => {
  beforeAll(() => {
    jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  });

  it.each<[string, DeliveryCheckResult, string]>([
    ['restricted', { status: 'restricted' }, 'Sales All still doesn’t accept messages from you.'],
    ['sign-in', { status: 'problem', problem: { kind: 'sign-in' } }, 'Sign in to check the group'],
  ])('no violations with the answer "%s" shown', async (_name, answer, shown) => {
    const check = new ScriptedDeliveryCheck([answer]);
    const { user, container } = renderCheckAgain(SALES_ALL, check);
    await user.click(screen.getByRole('button', { name: 'Check again' }));
    await screen.findAllByText(shown);
    const results = await axe.run(container, { resultTypes: ['violations'] });
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  }, 30_000);
});

/**
 * @jest-environment jsdom
 *
 * Office ready late (issue 10, part 4): a cold Outlook answers `Office.onReady` after 6 s.
 * The real start-up (startTaskPane + startHost) against the fake Office, with Jest's fake
 * timers: the wait looks like a wait, the stand-alone page is a choice and not a verdict,
 * and the diagnosis appears when Outlook answers, however late, without throwing away
 * what the user started meanwhile.
 */
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Root } from 'react-dom/client';
import { startHost } from '../../src/office/create-host';
import { startTaskPane } from '../../src/taskpane/start';
import { installFakeOffice, type FakeOfficeConfig } from '../fake-office/fake-office';
import { ndrItem } from '../office/fixtures';
import { TEST_CONFIG } from './support/render';

const HOST_INFO = (language: string) => `/taskpane.html?_host_Info=Outlook$Win32$16.02$${language}$$$$0`;
const DIAGNOSIS = 'Finance Team only accepts mail from certain senders';

let container: HTMLElement;
let root: Root | undefined;
let office: ReturnType<typeof installFakeOffice> | undefined;

beforeEach(() => {
  jest.useFakeTimers();
  container = document.body.appendChild(document.createElement('div'));
});

afterEach(async () => {
  // Unmounting removes the pane's Office handlers; let those calls finish before Office goes.
  await act(async () => {
    root?.unmount();
    await jest.advanceTimersByTimeAsync(1000);
  });
  root = undefined;
  container.remove();
  office?.uninstall();
  office = undefined;
  window.history.replaceState(null, '', '/');
  jest.useRealTimers();
});

/** Start the pane as index.tsx does, with Office answering per `config`. */
async function start(config: FakeOfficeConfig, url = HOST_INFO('en-US')): Promise<void> {
  window.history.replaceState(null, '', url);
  office = installFakeOffice(config);
  await act(async () => {
    void startTaskPane(container, { startHost: () => startHost(), config: TEST_CONFIG }).then((started) => (root = started));
  });
}

async function advance(ms: number): Promise<void> {
  await act(async () => {
    await jest.advanceTimersByTimeAsync(ms);
  });
}

async function findDiagnosis(): Promise<HTMLElement> {
  return screen.findByRole('heading', { level: 1, name: DIAGNOSIS }, { timeout: 5000 });
}

describe('Office ready after 6 s', () => {
  it('shows a wait, says Outlook is slow after 4 s, keeps waiting, and diagnoses the item when Outlook answers', async () => {
    await start({ readyDelayMs: 6000, item: ndrItem() });
    expect(screen.getByRole('status')).toHaveTextContent('Waiting for Outlook…');
    expect(screen.queryByText('Outlook is taking longer than usual to start.')).toBeNull();

    await advance(4000);
    expect(screen.getByText('Outlook is taking longer than usual to start.')).toBeInTheDocument();
    expect(screen.getByText('Bounce Doctor keeps waiting, and reads the selected message as soon as Outlook is ready.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Paste a bounce instead' })).toBeInTheDocument();
    // Still waiting: not the stand-alone page.
    expect(screen.queryByRole('textbox', { name: 'Text of the bounce' })).toBeNull();

    await advance(2000);
    expect(await findDiagnosis()).toBeInTheDocument();
    expect(screen.queryByText('Waiting for Outlook…')).toBeNull();
    expect(office?.callsTo('body.getAsync').length).toBeGreaterThan(0);
  });

  it('waits in Outlook’s display language, taken from the address Office opened the pane with', async () => {
    await start({ readyDelayMs: 6000, displayLanguage: 'nl-NL', item: ndrItem() }, HOST_INFO('nl-NL'));
    expect(screen.getByRole('status')).toHaveTextContent('Wachten op Outlook…');
    await advance(4000);
    expect(screen.getByText('Outlook doet er langer dan gewoonlijk over om te starten.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Liever zelf een melding plakken' })).toBeInTheDocument();
  });

  it('switches from the stand-alone page the user opened to the diagnosis, while they have not started anything', async () => {
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    await start({ readyDelayMs: 6000, item: ndrItem() });
    await advance(4000);
    await user.click(screen.getByRole('button', { name: 'Paste a bounce instead' }));
    expect(await screen.findByRole('textbox', { name: 'Text of the bounce' })).toBeInTheDocument();

    await advance(2000);
    expect(await findDiagnosis()).toBeInTheDocument();
  });

  it('keeps the text the user is pasting when Outlook gets ready, and offers the switch instead', async () => {
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    await start({ readyDelayMs: 6000, item: ndrItem() });
    await advance(4000);
    await user.click(screen.getByRole('button', { name: 'Paste a bounce instead' }));
    const box = await screen.findByRole('textbox', { name: 'Text of the bounce' });
    await user.type(box, 'Delivery has failed');

    await advance(2000);
    expect(await screen.findByText('Outlook is ready.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Text of the bounce' })).toHaveValue('Delivery has failed');
    expect(screen.queryByRole('heading', { level: 1, name: DIAGNOSIS })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Diagnose the selected message' }));
    expect(await findDiagnosis()).toBeInTheDocument();
    expect(screen.queryByText('Outlook is ready.')).toBeNull();
  });
});

describe('no sign of Office', () => {
  it('in a plain tab whose office.js does not answer: the stand-alone page after 4 s, and Outlook still taken when it answers', async () => {
    await start({ readyDelayMs: 8000, item: ndrItem() }, '/taskpane.html');
    expect(screen.getByRole('status')).toHaveTextContent('Bounce Doctor is starting…');
    await advance(4000);
    expect(await screen.findByRole('textbox', { name: 'Text of the bounce' })).toBeInTheDocument();
    await advance(4000);
    expect(await findDiagnosis()).toBeInTheDocument();
  });

  it('office.js says there is no host: the stand-alone page at once, without a wait', async () => {
    await start({ host: null }, '/taskpane.html');
    await advance(0);
    expect(await screen.findByRole('textbox', { name: 'Text of the bounce' })).toBeInTheDocument();
    expect(screen.queryByText('Waiting for Outlook…')).toBeNull();
  });
});

/**
 * Office's answer (`waitForOffice`) and the page's signs of being an add-in (`officeHints`):
 * the evidence createHost/startHost decide from, instead of a timer.
 */
import { officeHints, waitForOffice } from '../../src/office/office-ready';
import { useFakeOffice } from './fixtures';

const fakeOffice = useFakeOffice();

afterEach(() => {
  jest.useRealTimers();
});

describe('waitForOffice', () => {
  it('answers "no-office-js" at once when office.js did not load', async () => {
    await expect(waitForOffice()).resolves.toEqual({ kind: 'not-outlook', why: 'no-office-js' });
  });

  it('answers "no-host" when onReady gives host null (office.js in a plain browser tab)', async () => {
    fakeOffice({ host: null });
    await expect(waitForOffice()).resolves.toEqual({ kind: 'not-outlook', why: 'no-host' });
  });

  it('answers "other-host" in Word', async () => {
    fakeOffice({ host: 'Word' });
    await expect(waitForOffice()).resolves.toEqual({ kind: 'not-outlook', why: 'other-host' });
  });

  it('answers Outlook with its platform, however late: here after a minute', async () => {
    jest.useFakeTimers();
    fakeOffice({ readyDelayMs: 60_000, platform: 'PC' });
    let answer: unknown;
    void waitForOffice().then((value) => (answer = value));
    await jest.advanceTimersByTimeAsync(59_999);
    expect(answer).toBeUndefined();
    await jest.advanceTimersByTimeAsync(1);
    expect(answer).toEqual({ kind: 'outlook', platform: 'PC' });
  });

  it('answers "failed" when onReady throws', async () => {
    fakeOffice({});
    (globalThis as unknown as { Office: { onReady: () => never } }).Office.onReady = () => {
      throw new Error('broken embedding');
    };
    await expect(waitForOffice()).resolves.toEqual({ kind: 'not-outlook', why: 'failed' });
  });
});

describe('officeHints', () => {
  const page = { search: '', framed: false, hostBridge: false };

  it('sees nothing in a plain top-level tab', () => {
    expect(officeHints(page)).toEqual({ insideOffice: false });
  });

  it('reads the host and the display language from _host_Info ($ and | separators)', () => {
    expect(officeHints({ ...page, search: '?_host_Info=Outlook$Win32$16.02$nl-NL$$$$0' })).toEqual({ insideOffice: true, language: 'nl-NL' });
    expect(officeHints({ ...page, search: '?_host_Info=Outlook|Web|16.01|en-US|x|1' })).toEqual({ insideOffice: true, language: 'en-US' });
  });

  it('counts a frame (Outlook on the web, new Outlook) and a host web-view bridge (Windows, Mac) as signs', () => {
    expect(officeHints({ ...page, framed: true }).insideOffice).toBe(true);
    expect(officeHints({ ...page, hostBridge: true }).insideOffice).toBe(true);
  });
});

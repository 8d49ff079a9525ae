/**
 * Choosing the host: Outlook when office.js loaded and says Outlook, the stand-alone
 * page in every other case (no office.js, a browser tab, another Office app, no answer).
 */
import { createHost, READY_TIMEOUT_MS, startHost } from '../../src/office/create-host';
import { ndrItem, useFakeOffice } from './fixtures';

const fakeOffice = useFakeOffice();

afterEach(() => {
  jest.useRealTimers();
});

describe('createHost', () => {
  it('is stand-alone when office.js did not load (no window.Office)', async () => {
    expect((globalThis as { Office?: unknown }).Office).toBeUndefined();
    const host = await createHost({ standalone: { displayLanguage: 'nl-NL' } });
    expect(host.kind).toBe('standalone');
    expect(host.displayLanguage).toBe('nl-NL');
  });

  it('is stand-alone when Office.onReady says there is no host (opened in a browser tab)', async () => {
    const office = fakeOffice({ host: null });
    const host = await createHost();
    expect(host.kind).toBe('standalone');
    expect(office.callsTo('onReady')).toHaveLength(1);
  });

  it('is stand-alone in another Office application', async () => {
    fakeOffice({ host: 'Word' });
    expect((await createHost()).kind).toBe('standalone');
  });

  it('is the Outlook host inside Outlook, with the platform Office reports', async () => {
    fakeOffice({ platform: 'Mac', displayLanguage: 'nl-NL', item: ndrItem() });
    const host = await createHost();
    expect(host).toMatchObject({ kind: 'outlook', platform: 'Mac', displayLanguage: 'nl-NL' });
    expect((await host.readCurrentItem()).itemClass).toBe('REPORT.IPM.Note.NDR');
  });

  it('passes the Outlook options on (a shorter call time limit)', async () => {
    fakeOffice({ item: ndrItem(), hang: ['getAllInternetHeadersAsync'] });
    const host = await createHost({ outlook: { callTimeoutMs: 20 } });
    const snapshot = await host.readCurrentItem();
    expect(snapshot.notes[0]).toMatchObject({ part: 'headers', hostError: { code: 'timeout' } });
  });

  it('is stand-alone after the time limit when Office.onReady never resolves', async () => {
    jest.useFakeTimers();
    fakeOffice({ neverReady: true });
    let settled = false;
    const pending = createHost().then((host) => {
      settled = true;
      return host;
    });
    await jest.advanceTimersByTimeAsync(READY_TIMEOUT_MS - 1);
    expect(settled).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);
    expect((await pending).kind).toBe('standalone');
  });

  it('waits for a slow Office.onReady within the time limit', async () => {
    jest.useFakeTimers();
    fakeOffice({ readyDelayMs: 3000, item: ndrItem() });
    const pending = createHost();
    await jest.advanceTimersByTimeAsync(3000);
    expect((await pending).kind).toBe('outlook');
  });

  it('honours a custom time limit', async () => {
    jest.useFakeTimers();
    fakeOffice({ readyDelayMs: 3000 });
    const pending = createHost({ readyTimeoutMs: 1000 });
    await jest.advanceTimersByTimeAsync(1000);
    expect((await pending).kind).toBe('standalone');
  });
});

describe('startHost: Office\'s answer, however late', () => {
  it('gives the Outlook host when onReady resolves after 6 s, past the old 4 s limit, and reads the item', async () => {
    jest.useFakeTimers();
    fakeOffice({ readyDelayMs: 6000, platform: 'PC', item: ndrItem() });
    const startup = startHost();
    let host: Awaited<typeof startup.answered> | undefined;
    void startup.answered.then((value) => (host = value));
    await jest.advanceTimersByTimeAsync(READY_TIMEOUT_MS);
    expect(host).toBeUndefined();
    await jest.advanceTimersByTimeAsync(2000);
    expect(host).toMatchObject({ kind: 'outlook', platform: 'PC' });
    jest.useRealTimers();
    expect((await (host as NonNullable<typeof host>).readCurrentItem()).itemClass).toBe('REPORT.IPM.Note.NDR');
  });

  it('never gives up on its own while Office is silent, and offers the stand-alone page meanwhile', async () => {
    jest.useFakeTimers();
    fakeOffice({ neverReady: true });
    const startup = startHost({ standalone: { displayLanguage: 'nl-NL' } });
    let settled = false;
    void startup.answered.then(() => (settled = true));
    await jest.advanceTimersByTimeAsync(10 * 60_000);
    expect(settled).toBe(false);
    expect(startup.standalone?.()).toMatchObject({ kind: 'standalone', displayLanguage: 'nl-NL' });
  });

  it('is stand-alone at once without office.js, and when onReady says there is no host', async () => {
    expect((await startHost().answered).kind).toBe('standalone');
    fakeOffice({ host: null });
    expect((await startHost().answered).kind).toBe('standalone');
  });
});

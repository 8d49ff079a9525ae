/**
 * The fake Office behaves like Office.js where an adapter can tell the difference.
 */
import { createFakeOffice, OFFICE_ERRORS, restrictedNdrConfig, type FakeOfficeConfig } from './fake-office';

interface Result {
  status: string;
  value: unknown;
  error?: { code: number; name: string; message: string };
  asyncContext: unknown;
}

/** The fake as the typed Office API an adapter sees. */
function office(config: FakeOfficeConfig = {}): { Office: typeof Office; control: ReturnType<typeof createFakeOffice>['control'] } {
  const fake = createFakeOffice(config);
  return { Office: fake.Office as unknown as typeof Office, control: fake.control };
}

function call<T>(start: (callback: (result: Office.AsyncResult<T>) => void) => void): Promise<Result> {
  return new Promise((resolve) => start((result) => resolve(result as unknown as Result)));
}

describe('fake Office: async calls', () => {
  it('answers through the callback, never synchronously, with an AsyncResult', async () => {
    const { Office: fake } = office({ item: { body: { html: '<p>x</p>' } } });
    let called = false;
    const answered = call<string>((done) =>
      fake.context.mailbox.item?.body.getAsync(fake.CoercionType.Html, (result) => {
        called = true;
        done(result);
      }),
    );
    expect(called).toBe(false);
    expect(await answered).toEqual({ status: 'succeeded', value: '<p>x</p>', asyncContext: undefined });
  });

  it('accepts options before the callback and hands asyncContext back', async () => {
    const { Office: fake } = office({ item: { headers: 'Subject: x' } });
    expect(await call<string>((done) => fake.context.mailbox.item?.getAllInternetHeadersAsync({ asyncContext: { n: 1 } }, done))).toEqual({
      status: 'succeeded',
      value: 'Subject: x',
      asyncContext: { n: 1 },
    });
  });

  it('fails a configured call with the configured Office error, per item or globally', async () => {
    const { Office: fake } = office({
      item: { body: { text: 't' }, failures: { 'body.getAsync:text': OFFICE_ERRORS.internalError } },
      failures: { getAllInternetHeadersAsync: OFFICE_ERRORS.networkError },
    });
    const item = fake.context.mailbox.item;
    expect(await call<string>((done) => item?.body.getAsync(fake.CoercionType.Text, done))).toMatchObject({ status: 'failed', error: OFFICE_ERRORS.internalError });
    expect(await call<string>((done) => item?.body.getAsync(fake.CoercionType.Html, done))).toMatchObject({ status: 'succeeded' });
    expect(await call<string>((done) => item?.getAllInternetHeadersAsync(done))).toMatchObject({ status: 'failed', error: OFFICE_ERRORS.networkError });
  });

  it('"succeeds" empty where configured', async () => {
    const { Office: fake } = office({ item: { headers: 'Subject: x', empty: ['getAllInternetHeadersAsync'] } });
    expect(await call<string>((done) => fake.context.mailbox.item?.getAllInternetHeadersAsync(done))).toMatchObject({ status: 'succeeded', value: '' });
  });

  it('serves item attachments as eml, files as Base64, and fails an unknown id with InvalidAttachmentId', async () => {
    const { Office: fake } = office({
      item: {
        attachments: [
          { id: 'i1', name: 'Undeliverable: hello', attachmentType: 'item', eml: 'Subject: hello\r\n\r\nbody' },
          { id: 'f1', name: 'details.txt', text: 'héllo' },
        ],
      },
    });
    const item = fake.context.mailbox.item;
    expect(item?.attachments).toEqual([
      { id: 'i1', name: 'Undeliverable: hello', contentType: 'message/rfc822', size: 22, attachmentType: 'item', isInline: false },
      { id: 'f1', name: 'details.txt', contentType: 'text/plain', size: 6, attachmentType: 'file', isInline: false },
    ]);
    expect((await call((done) => item?.getAttachmentContentAsync('i1', done))).value).toEqual({ format: 'eml', content: 'Subject: hello\r\n\r\nbody' });
    expect((await call((done) => item?.getAttachmentContentAsync('f1', done))).value).toEqual({ format: 'base64', content: 'aMOpbGxv' });
    expect(await call((done) => item?.getAttachmentContentAsync('nope', done))).toMatchObject({ status: 'failed', error: { name: 'InvalidAttachmentId' } });
  });

  it('gives the whole item as Base64 EML', async () => {
    const { Office: fake } = office({ item: { eml: 'Subject: é\r\n\r\nx' } });
    const result = await call<string>((done) => fake.context.mailbox.item?.getAsFileAsync(done));
    expect(new TextDecoder().decode(Uint8Array.from(atob(result.value as string), (c) => c.charCodeAt(0)))).toBe('Subject: é\r\n\r\nx');
  });
});

describe('fake Office: requirement sets', () => {
  it('honours the configured Mailbox version, comparing versions part by part', () => {
    const { Office: fake } = office({ mailboxVersion: '1.10' });
    const { isSetSupported } = fake.context.requirements;
    expect(isSetSupported('Mailbox', '1.8')).toBe(true);
    expect(isSetSupported('mailbox', '1.10')).toBe(true);
    expect(isSetSupported('Mailbox', '1.11')).toBe(false);
    expect(isSetSupported('Mailbox')).toBe(true);
    expect(isSetSupported('NestedAppAuth', '1.1')).toBe(false);
  });

  it('lacks the methods a client below their requirement set does not have', () => {
    const { Office: fake } = office({ mailboxVersion: '1.5', item: {} });
    const item = fake.context.mailbox.item as unknown as Record<string, unknown>;
    expect(item['body']).toBeDefined();
    expect(item['getAllInternetHeadersAsync']).toBeUndefined();
    expect(item['getAttachmentContentAsync']).toBeUndefined();
    expect(item['getAsFileAsync']).toBeUndefined();
    expect((fake.context.mailbox as unknown as Record<string, unknown>)['displayNewMessageForm']).toBeUndefined();
    expect(fake.context.officeTheme).toBeUndefined();
  });
});

describe('fake Office: onReady, events and forms', () => {
  it('resolves onReady with host and platform, calls the callback, and runs Office.initialize once', async () => {
    const fake = createFakeOffice({ platform: 'PC' });
    const initialize = jest.fn();
    fake.Office.initialize = initialize;
    const callback = jest.fn();
    await expect(fake.Office.onReady(callback)).resolves.toEqual({ host: 'Outlook', platform: 'PC' });
    await fake.Office.onReady();
    expect(callback).toHaveBeenCalledWith({ host: 'Outlook', platform: 'PC' });
    expect(initialize).toHaveBeenCalledTimes(1);
  });

  it('resolves onReady with nulls outside Office', async () => {
    await expect(createFakeOffice({ host: null }).Office.onReady()).resolves.toEqual({ host: null, platform: null });
  });

  it('removes every handler of an event type at once, like Mailbox.removeHandlerAsync', async () => {
    const { Office: fake, control } = office({ item: {} });
    const mailbox = fake.context.mailbox;
    await call((done) => mailbox.addHandlerAsync(fake.EventType.ItemChanged, jest.fn(), done));
    await call((done) => mailbox.addHandlerAsync(fake.EventType.ItemChanged, jest.fn(), done));
    expect(control.handlerCount('ItemChanged')).toBe(2);
    await call((done) => mailbox.removeHandlerAsync(fake.EventType.ItemChanged, done));
    expect(control.handlerCount('ItemChanged')).toBe(0);
  });

  it('refuses OfficeThemeChanged below 1.14', async () => {
    const { Office: fake } = office({ mailboxVersion: '1.13' });
    expect(await call((done) => fake.context.mailbox.addHandlerAsync(fake.EventType.OfficeThemeChanged, jest.fn(), done))).toMatchObject({ status: 'failed' });
  });

  it('replaces mailbox.item with a new object on selectItem and fires ItemChanged with its type', async () => {
    const { Office: fake, control } = office({ item: { subject: 'one' } });
    const before = fake.context.mailbox.item;
    const handler = jest.fn();
    await call((done) => fake.context.mailbox.addHandlerAsync(fake.EventType.ItemChanged, handler, done));
    await control.selectItem({ subject: 'two' });
    expect(fake.context.mailbox.item).not.toBe(before);
    expect(fake.context.mailbox.item?.subject).toBe('two');
    expect(handler).toHaveBeenCalledWith({ type: 'olkItemSelectedChanged' });
  });

  it('throws like Outlook when a new message form is over its limits', () => {
    const { Office: fake } = office({});
    expect(() => fake.context.mailbox.displayNewMessageForm({ subject: 'x'.repeat(256) })).toThrow('255');
    expect(() => fake.context.mailbox.displayNewMessageForm({ htmlBody: 'x'.repeat(33 * 1024) })).toThrow('32 KB');
  });
});

describe('fake Office: restricted delivery report presets', () => {
  it('builds an NDR whose subject and sender are visible but whose content calls all fail', async () => {
    const { Office: fake } = office({ preset: 'restricted-ndr' });
    const item = fake.context.mailbox.item;
    expect(item?.itemClass).toBe('REPORT.IPM.Note.NDR');
    expect(item?.subject).toMatch(/^Undeliverable:/);
    for (const result of [
      await call((done) => item?.body.getAsync(fake.CoercionType.Html, done)),
      await call((done) => item?.getAllInternetHeadersAsync(done)),
      await call((done) => item?.getAttachmentContentAsync(item.attachments[0]?.id ?? '', done)),
      await call((done) => item?.getAsFileAsync(done)),
    ]) {
      expect(result).toMatchObject({ status: 'failed', error: OFFICE_ERRORS.accessRestricted });
    }
  });

  it('has a variant with no item, and is plain JSON', () => {
    expect(office({ preset: 'restricted-ndr-no-item' }).Office.context.mailbox.item).toBeNull();
    const config = restrictedNdrConfig('item');
    expect(JSON.parse(JSON.stringify(config))).toEqual(config);
  });
});

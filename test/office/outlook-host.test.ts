/**
 * The Outlook host around the item reader: capabilities, following the selection
 * (ItemChanged), Office's theme, the display language, and opening a new message.
 */
import { createOutlookHost } from '../../src/office/outlook-host';
import { OfficeCallError } from '../../src/office/office-async';
import type { HostTheme, NewMessage } from '../../src/office/host';
import { OFFICE_ERRORS } from '../fake-office/fake-office';
import { forwardedAsAttachment, ndrItem, useFakeOffice } from './fixtures';

const fakeOffice = useFakeOffice();

/** Let the fake's asynchronous callbacks (setTimeout 0) and our promise chains run. */
const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5));

describe('Outlook host: identity and capabilities', () => {
  it('takes the display language and platform from Office', () => {
    fakeOffice({ displayLanguage: 'nl-NL', platform: 'PC' });
    const host = createOutlookHost();
    expect(host).toMatchObject({ kind: 'outlook', displayLanguage: 'nl-NL', platform: 'PC' });
  });

  it('offers every capability on a current client', () => {
    fakeOffice({ mailboxVersion: '1.14' });
    const host = createOutlookHost();
    expect(['compose', 'attach-item', 'headers', 'pinning'].map((capability) => host.supports(capability as never))).toEqual([true, true, true, true]);
  });

  it('offers only pinning on a Mailbox 1.5 client (Outlook mobile, Exchange on-premises)', () => {
    fakeOffice({ mailboxVersion: '1.5' });
    const host = createOutlookHost();
    expect(host.supports('pinning')).toBe(true);
    expect(host.supports('headers')).toBe(false);
    expect(host.supports('compose')).toBe(false);
    expect(host.supports('attach-item')).toBe(false);
  });

  it('compares requirement set versions as versions, not numbers (1.10 is newer than 1.9)', () => {
    fakeOffice({ mailboxVersion: '1.10' });
    const host = createOutlookHost();
    expect(host.supports('headers')).toBe(true);
  });
});

describe('Outlook host: ItemChanged (pinned pane)', () => {
  it('calls the listener after the selection changes, and reads the new item', async () => {
    const office = fakeOffice({ item: forwardedAsAttachment(undefined) });
    const host = createOutlookHost();
    const listener = jest.fn();
    host.onItemChanged(listener);
    await flush();
    expect(office.callsTo('addHandlerAsync')).toEqual([{ name: 'addHandlerAsync', args: ['ItemChanged'] }]);

    await office.selectItem(ndrItem());
    expect(listener).toHaveBeenCalledTimes(1);
    expect((await host.readCurrentItem()).itemClass).toBe('REPORT.IPM.Note.NDR');
  });

  it('registers one Office handler for many listeners and removes it after the last unsubscribes', async () => {
    const office = fakeOffice({ item: ndrItem() });
    const host = createOutlookHost();
    const first = jest.fn();
    const second = jest.fn();
    const unsubscribeFirst = host.onItemChanged(first);
    const unsubscribeSecond = host.onItemChanged(second);
    await flush();
    expect(office.handlerCount('ItemChanged')).toBe(1);

    unsubscribeFirst();
    await office.selectItem(null);
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);

    unsubscribeSecond();
    unsubscribeSecond(); // twice is harmless
    await flush();
    expect(office.handlerCount('ItemChanged')).toBe(0);
    expect(office.callsTo('removeHandlerAsync')).toEqual([{ name: 'removeHandlerAsync', args: ['ItemChanged'] }]);
    await office.selectItem(ndrItem());
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('ends registered after a quick unsubscribe and subscribe', async () => {
    const office = fakeOffice({ item: ndrItem() });
    const host = createOutlookHost();
    host.onItemChanged(jest.fn())();
    const listener = jest.fn();
    host.onItemChanged(listener);
    await flush();
    await office.selectItem(null);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(office.handlerCount('ItemChanged')).toBe(1);
  });

  it('lets a pane with no item read "no-item" after the selection is cleared', async () => {
    const office = fakeOffice({ item: ndrItem() });
    const host = createOutlookHost();
    host.onItemChanged(() => undefined);
    await flush();
    await office.selectItem(null);
    await expect(host.readCurrentItem()).rejects.toMatchObject({ kind: 'no-item' });
  });

  it('is a no-op without Mailbox 1.5', async () => {
    const office = fakeOffice({ mailboxVersion: '1.3', item: ndrItem() });
    const host = createOutlookHost();
    const unsubscribe = host.onItemChanged(jest.fn());
    unsubscribe();
    await flush();
    expect(office.callsTo('addHandlerAsync')).toEqual([]);
  });

  it('tolerates Office refusing the handler', async () => {
    const office = fakeOffice({ item: ndrItem(), failures: { 'addHandlerAsync:ItemChanged': OFFICE_ERRORS.internalError } });
    const host = createOutlookHost();
    const listener = jest.fn();
    expect(() => host.onItemChanged(listener)).not.toThrow();
    await flush();
    await office.selectItem(null);
    expect(listener).not.toHaveBeenCalled();
  });

  it('gets no event when a delivery report is selected, if the client behaves as field report OJ#974 says', async () => {
    const office = fakeOffice({ item: forwardedAsAttachment(undefined), noItemChangedForReports: true });
    const host = createOutlookHost();
    const listener = jest.fn();
    host.onItemChanged(listener);
    await flush();
    await office.selectItem(ndrItem());
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('Outlook host: theme', () => {
  it('reads Office\'s theme; dark from the background colour, since Outlook has no isDarkTheme', () => {
    fakeOffice({ theme: { bodyBackgroundColor: '#1F1F1F', bodyForegroundColor: '#FFFFFF', controlBackgroundColor: '#292929', controlForegroundColor: '#FFFFFF' } });
    expect(createOutlookHost().theme()).toEqual({ isDark: true, bodyBackgroundColor: '#1f1f1f' });
  });

  it('reads a light theme as light', () => {
    fakeOffice({});
    expect(createOutlookHost().theme()).toEqual({ isDark: false, bodyBackgroundColor: '#ffffff' });
  });

  it('prefers isDarkTheme when a client gives it', () => {
    fakeOffice({ theme: { bodyBackgroundColor: '#FFFFFF', bodyForegroundColor: '#000000', controlBackgroundColor: '#FFFFFF', controlForegroundColor: '#000000', isDarkTheme: true } });
    expect(createOutlookHost().theme()?.isDark).toBe(true);
  });

  it('has no theme before Mailbox 1.14', () => {
    fakeOffice({ mailboxVersion: '1.13' });
    expect(createOutlookHost().theme()).toBeUndefined();
  });

  it('tells the listener when the theme changes, until unsubscribed', async () => {
    const office = fakeOffice({});
    const host = createOutlookHost();
    const themes: HostTheme[] = [];
    const unsubscribe = host.onThemeChanged((theme) => themes.push(theme));
    await flush();
    expect(office.callsTo('addHandlerAsync')).toEqual([{ name: 'addHandlerAsync', args: ['OfficeThemeChanged'] }]);
    await office.setTheme({ bodyBackgroundColor: '#000000', bodyForegroundColor: '#FFFFFF', controlBackgroundColor: '#000000', controlForegroundColor: '#FFFFFF' });
    expect(themes).toEqual([{ isDark: true, bodyBackgroundColor: '#000000' }]);
    expect(host.theme()?.isDark).toBe(true);
    unsubscribe();
    await flush();
    await office.setTheme({ bodyBackgroundColor: '#FFFFFF', bodyForegroundColor: '#000000', controlBackgroundColor: '#FFFFFF', controlForegroundColor: '#000000' });
    expect(themes).toHaveLength(1);
  });

  it('does not register for theme changes before Mailbox 1.14', async () => {
    const office = fakeOffice({ mailboxVersion: '1.8' });
    createOutlookHost().onThemeChanged(jest.fn());
    await flush();
    expect(office.callsTo('addHandlerAsync')).toEqual([]);
  });
});

describe('Outlook host: displayNewMessage', () => {
  const message: NewMessage = {
    toRecipients: ['helpdesk@contoso.com'],
    ccRecipients: ['jan@fabrikam.com'],
    subject: 'Bounce: Finance Team only accepts allowed senders',
    htmlBody: '<p>Hello,</p><p>My mail to <b>Finance Team</b> bounced.</p>',
    attachCurrentItem: { itemId: 'AAMkADNDRitem001', name: 'Undeliverable: Invoice batch March' },
  };

  it('opens the form with recipients, subject, body and the bounce attached as an item (Async form on 1.9+)', async () => {
    const office = fakeOffice({ item: ndrItem() });
    await createOutlookHost().displayNewMessage(message);
    expect(office.calls).toEqual([
      {
        name: 'displayNewMessageFormAsync',
        args: [
          {
            toRecipients: ['helpdesk@contoso.com'],
            ccRecipients: ['jan@fabrikam.com'],
            subject: 'Bounce: Finance Team only accepts allowed senders',
            htmlBody: '<p>Hello,</p><p>My mail to <b>Finance Team</b> bounced.</p>',
            attachments: [{ type: 'item', itemId: 'AAMkADNDRitem001', name: 'Undeliverable: Invoice batch March' }],
          },
        ],
      },
    ]);
  });

  it('uses displayNewMessageForm on a 1.6 client, still with the attachment', async () => {
    const office = fakeOffice({ mailboxVersion: '1.6', item: ndrItem() });
    await createOutlookHost().displayNewMessage(message);
    expect(office.calls.map((call) => call.name)).toEqual(['displayNewMessageForm']);
    expect(office.calls[0]?.args[0]).toMatchObject({ attachments: [{ type: 'item', itemId: 'AAMkADNDRitem001' }] });
  });

  it('leaves out cc when there is none and cuts a subject over Outlook\'s 255 characters', async () => {
    const office = fakeOffice({ item: ndrItem() });
    await createOutlookHost().displayNewMessage({ toRecipients: ['a@contoso.com'], subject: 'x'.repeat(300), htmlBody: '<p>x</p>' });
    const form = office.calls[0]?.args[0] as Record<string, unknown>;
    expect(Object.keys(form).sort()).toEqual(['htmlBody', 'subject', 'toRecipients']);
    expect((form['subject'] as string).length).toBe(255);
  });

  it('rejects with Office\'s error when the async form fails', async () => {
    fakeOffice({ item: ndrItem(), failures: { displayNewMessageFormAsync: OFFICE_ERRORS.internalError } });
    const error: unknown = await createOutlookHost().displayNewMessage(message).catch((rejection: unknown) => rejection);
    expect(error).toBeInstanceOf(OfficeCallError);
    expect(error).toMatchObject({ code: 5001, name: 'Internal Error', message: 'An internal error has occurred.' });
  });

  it('rejects with what Outlook throws on a 1.6 client', async () => {
    fakeOffice({ mailboxVersion: '1.6', item: ndrItem(), failures: { displayNewMessageForm: OFFICE_ERRORS.permissionDenied } });
    await expect(createOutlookHost().displayNewMessage(message)).rejects.toMatchObject({ code: 7000, name: 'Permission Denied' });
  });

  it('rejects as unsupported without Mailbox 1.6, without calling Office', async () => {
    const office = fakeOffice({ mailboxVersion: '1.5', item: ndrItem() });
    await expect(createOutlookHost().displayNewMessage(message)).rejects.toMatchObject({ code: 'unsupported' });
    expect(office.calls).toEqual([]);
  });
});

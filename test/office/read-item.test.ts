/**
 * Reading the selected item against the fake Office: what the pane gets for each
 * state Outlook can be in (readable, partly readable, empty, restricted, old client).
 */
import { diagnose } from '../../src/ndr';
import { createOutlookHost } from '../../src/office/outlook-host';
import { ReadFailure, type ItemSnapshot } from '../../src/office/host';
import { OFFICE_ERRORS, restrictedNdrConfig, utf8ToBase64 } from '../fake-office/fake-office';
import { NDR_EML, NDR_PARTS, RESTRICTED_GROUP, forwardedAsAttachment, ndrItem, useFakeOffice } from './fixtures';

const fakeOffice = useFakeOffice();

async function read(options: Parameters<typeof createOutlookHost>[0] = {}): Promise<ItemSnapshot> {
  return createOutlookHost(options).readCurrentItem();
}

async function readFailure(options: Parameters<typeof createOutlookHost>[0] = {}): Promise<ReadFailure> {
  const error: unknown = await read(options).then(
    () => undefined,
    (rejection: unknown) => rejection,
  );
  if (!(error instanceof ReadFailure)) throw new Error(`expected a ReadFailure, got ${String(error)}`);
  return error;
}

async function expectRestrictedGroupDiagnosis(snapshot: ItemSnapshot): Promise<void> {
  const diagnosis = await diagnose(snapshot.source);
  expect(diagnosis.facts.isBounce).toBe(true);
  expect(diagnosis.scenarios[0]?.scenario.id).toBe('group-restricted-senders');
  expect(diagnosis.facts.failures[0]).toMatchObject({ address: RESTRICTED_GROUP.groupAddress, status: '5.7.124' });
  expect(diagnosis.facts.restrictedGroups).toContainEqual({ name: RESTRICTED_GROUP.groupName, address: RESTRICTED_GROUP.groupAddress });
}

describe('readCurrentItem: a readable delivery report', () => {
  it('returns html, text, headers, sender and class, and the engine finds the restricted group', async () => {
    const office = fakeOffice({ item: ndrItem() });
    const snapshot = await read();
    expect(snapshot).toMatchObject({
      itemId: 'AAMkADNDRitem001',
      itemClass: 'REPORT.IPM.Note.NDR',
      subject: 'Undeliverable: Invoice batch March',
      notes: [],
    });
    expect(snapshot.source).toMatchObject({
      html: NDR_PARTS.html,
      text: NDR_PARTS.text,
      headers: NDR_PARTS.headers,
      subject: 'Undeliverable: Invoice batch March',
      from: 'Microsoft Outlook <postmaster@contoso.onmicrosoft.com>',
      itemClass: 'REPORT.IPM.Note.NDR',
    });
    expect(snapshot.source.raw).toBeUndefined();
    await expectRestrictedGroupDiagnosis(snapshot);
    // Body asked as HTML and as text; the whole-item fallback is not needed.
    expect(office.callsTo('body.getAsync').map((call) => call.args[0])).toEqual(['html', 'text']);
    expect(office.callsTo('getAllInternetHeadersAsync')).toHaveLength(1);
    expect(office.callsTo('getAsFileAsync')).toHaveLength(0);
  });

  it('gives a bare address as the sender when the display name is the address', async () => {
    fakeOffice({ item: ndrItem({ from: { displayName: 'postmaster@contoso.com', emailAddress: 'postmaster@contoso.com' } }) });
    expect((await read()).source.from).toBe('postmaster@contoso.com');
  });
});

describe('readCurrentItem: parts that fail', () => {
  it('keeps going when the HTML body fails, with Office\'s own error in the note', async () => {
    fakeOffice({ item: ndrItem(), failures: { 'body.getAsync:html': OFFICE_ERRORS.internalError } });
    const snapshot = await read();
    expect(snapshot.source.html).toBeUndefined();
    expect(snapshot.source.text).toBe(NDR_PARTS.text);
    expect(snapshot.notes).toEqual([{ part: 'body-html', status: 'failed', hostError: { code: 5001, name: 'Internal Error', message: 'An internal error has occurred.' } }]);
    await expectRestrictedGroupDiagnosis(snapshot);
  });

  it('keeps going when the text body fails', async () => {
    fakeOffice({ item: ndrItem(), failures: { 'body.getAsync:text': OFFICE_ERRORS.networkError } });
    const snapshot = await read();
    expect(snapshot.source.html).toBe(NDR_PARTS.html);
    expect(snapshot.notes).toEqual([{ part: 'body-text', status: 'failed', hostError: OFFICE_ERRORS.networkError }]);
    await expectRestrictedGroupDiagnosis(snapshot);
  });

  it('keeps going when the headers fail', async () => {
    fakeOffice({ item: ndrItem(), failures: { getAllInternetHeadersAsync: OFFICE_ERRORS.internalError } });
    const snapshot = await read();
    expect(snapshot.source.headers).toBeUndefined();
    expect(snapshot.notes).toEqual([{ part: 'headers', status: 'failed', hostError: OFFICE_ERRORS.internalError }]);
    await expectRestrictedGroupDiagnosis(snapshot);
  });

  it('treats "succeeded but empty" as a failure of that part (status empty)', async () => {
    fakeOffice({ item: ndrItem(), empty: ['getAllInternetHeadersAsync', 'body.getAsync:text'] });
    const snapshot = await read();
    expect(snapshot.source.headers).toBeUndefined();
    expect(snapshot.source.text).toBeUndefined();
    expect(snapshot.notes).toEqual([
      { part: 'body-text', status: 'empty' },
      { part: 'headers', status: 'empty' },
    ]);
    await expectRestrictedGroupDiagnosis(snapshot);
  });

  it('does not hang on a call that never answers: that part times out', async () => {
    fakeOffice({ item: ndrItem(), hang: ['getAllInternetHeadersAsync'] });
    const snapshot = await read({ callTimeoutMs: 50 });
    expect(snapshot.notes).toEqual([
      { part: 'headers', status: 'failed', hostError: { code: 'timeout', name: 'Timeout', message: expect.stringContaining('did not answer') } },
    ]);
    expect(snapshot.source.html).toBe(NDR_PARTS.html);
  });
});

describe('readCurrentItem: nothing readable', () => {
  it('rejects "restricted" on a delivery report whose every call fails, keeping Office\'s error', async () => {
    fakeOffice(restrictedNdrConfig('item'));
    const failure = await readFailure();
    expect(failure.kind).toBe('restricted');
    expect(failure.hostError).toEqual({ code: 9017, name: 'AccessRestricted', message: 'Access to this item is restricted.' });
  });

  it('rejects "restricted" on a delivery report even when Office calls it an internal error', async () => {
    const error = OFFICE_ERRORS.internalError;
    fakeOffice({
      item: ndrItem({ failures: { 'body.getAsync': error, getAllInternetHeadersAsync: error, getAsFileAsync: error } }),
    });
    const failure = await readFailure();
    expect(failure.kind).toBe('restricted');
    expect(failure.hostError).toEqual(error);
  });

  it('rejects "denied" (not "restricted": it is no delivery report) on a normal message when Office says access was denied', async () => {
    const denied = OFFICE_ERRORS.permissionDenied;
    fakeOffice({ item: forwardedAsAttachment(undefined), failures: { 'body.getAsync': denied, getAllInternetHeadersAsync: denied, getAsFileAsync: denied } });
    const failure = await readFailure();
    expect(failure.kind).toBe('denied');
    expect(failure.hostError).toEqual(denied);
  });

  it('rejects "error" with Office\'s error when a normal message fails for another reason', async () => {
    const error = OFFICE_ERRORS.networkError;
    fakeOffice({ item: forwardedAsAttachment(undefined), failures: { 'body.getAsync': error, getAllInternetHeadersAsync: error, getAsFileAsync: error } });
    const failure = await readFailure();
    expect(failure.kind).toBe('error');
    expect(failure.hostError).toEqual({ code: 9041, name: 'NetworkError', message: 'The request failed because of a network problem.' });
  });

  it('rejects "empty" when every call succeeds with nothing', async () => {
    fakeOffice({ item: { subject: 'Empty', body: {}, headers: '' }, empty: ['getAsFileAsync'] });
    const failure = await readFailure();
    expect(failure.kind).toBe('empty');
    expect(failure.hostError).toBeUndefined();
  });

  it('rejects "no-item" when no item is selected (pinned pane, or the restricted NDR variant)', async () => {
    fakeOffice(restrictedNdrConfig('no-item'));
    expect((await readFailure()).kind).toBe('no-item');
  });

  it('rejects "not-a-message" on an appointment, without reading it', async () => {
    const office = fakeOffice({ item: { itemType: 'appointment', itemClass: 'IPM.Appointment', subject: 'Team meeting' } });
    expect((await readFailure()).kind).toBe('not-a-message');
    expect(office.calls).toEqual([]);
  });
});

describe('readCurrentItem: older Outlook clients', () => {
  it('on a Mailbox 1.5 client makes no headers, attachment or whole-item call and notes headers as unsupported', async () => {
    const office = fakeOffice({
      mailboxVersion: '1.5',
      item: ndrItem({ attachments: [{ id: 'att1', name: 'details.txt', text: 'x' }] }),
    });
    const snapshot = await read();
    expect(office.callsTo('getAllInternetHeadersAsync')).toEqual([]);
    expect(office.callsTo('getAttachmentContentAsync')).toEqual([]);
    expect(snapshot.notes).toEqual([
      { part: 'headers', status: 'unsupported' },
      { part: 'attachments', status: 'unsupported' },
    ]);
    await expectRestrictedGroupDiagnosis(snapshot);
  });

  it('on a Mailbox 1.3 client reads the body only', async () => {
    const office = fakeOffice({ mailboxVersion: '1.3', item: ndrItem() });
    const snapshot = await read();
    expect(office.calls.map((call) => call.name)).toEqual(['body.getAsync', 'body.getAsync']);
    expect(snapshot.notes).toEqual([{ part: 'headers', status: 'unsupported' }]);
  });

  it('without 1.14 does not try the whole item when body and headers fail', async () => {
    const error = OFFICE_ERRORS.internalError;
    const office = fakeOffice({ mailboxVersion: '1.8', item: ndrItem({ failures: { 'body.getAsync': error, getAllInternetHeadersAsync: error } }) });
    const failure = await readFailure();
    expect(failure.kind).toBe('restricted');
    expect(office.callsTo('getAsFileAsync')).toEqual([]);
  });
});

describe('readCurrentItem: the whole item as EML (getAsFileAsync, Mailbox 1.14)', () => {
  it('is tried when body and headers are unreadable, and its bytes become source.raw', async () => {
    const error = OFFICE_ERRORS.internalError;
    const office = fakeOffice({ item: ndrItem({ failures: { 'body.getAsync': error, getAllInternetHeadersAsync: error } }) });
    const snapshot = await read();
    expect(office.callsTo('getAsFileAsync')).toHaveLength(1);
    expect(snapshot.source.raw).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(snapshot.source.raw as Uint8Array)).toBe(NDR_EML);
    expect(snapshot.notes.map((note) => note.part)).toEqual(['body-html', 'body-text', 'headers']);
    await expectRestrictedGroupDiagnosis(snapshot);
  });

  it('is noted when it "succeeds" empty', async () => {
    const error = OFFICE_ERRORS.internalError;
    fakeOffice({ item: ndrItem({ failures: { 'body.getAsync': error, getAllInternetHeadersAsync: error }, empty: ['getAsFileAsync'] }) });
    const failure = await readFailure();
    expect(failure.kind).toBe('restricted');
  });
});

describe('readCurrentItem: bounces attached to a normal message', () => {
  it('reads an NDR attached as an Outlook item (format eml) as message/rfc822', async () => {
    const office = fakeOffice({
      item: forwardedAsAttachment([
        { id: 'AAMkADatt01', name: 'Undeliverable: Invoice batch March', attachmentType: 'item', eml: NDR_EML },
        { id: 'AAMkADimg01', name: 'image001.png', isInline: true, base64: utf8ToBase64('not really a png') },
      ]),
    });
    const snapshot = await read();
    expect(snapshot.itemClass).toBe('IPM.Note');
    expect(snapshot.source.attachments).toEqual([{ name: 'Undeliverable: Invoice batch March', contentType: 'message/rfc822', content: NDR_EML }]);
    // The inline picture is not fetched.
    expect(office.callsTo('getAttachmentContentAsync').map((call) => call.args[0])).toEqual(['AAMkADatt01']);
    expect(snapshot.notes).toEqual([]);
    await expectRestrictedGroupDiagnosis(snapshot);
  });

  it('reads an attached .eml file (Base64) as bytes', async () => {
    fakeOffice({ item: forwardedAsAttachment([{ id: 'att-eml', name: 'bounce.eml', eml: NDR_EML }]) });
    const snapshot = await read();
    const [attachment] = snapshot.source.attachments ?? [];
    expect(attachment?.contentType).toBe('message/rfc822');
    expect(new TextDecoder().decode(attachment?.content as Uint8Array)).toBe(NDR_EML);
    await expectRestrictedGroupDiagnosis(snapshot);
  });

  it('reads a .txt attachment as text/plain', async () => {
    fakeOffice({ item: forwardedAsAttachment([{ id: 'att-txt', name: 'details.txt', text: NDR_PARTS.text }]) });
    const snapshot = await read();
    expect(snapshot.source.attachments).toEqual([{ name: 'details.txt', contentType: 'text/plain', content: NDR_PARTS.text }]);
    await expectRestrictedGroupDiagnosis(snapshot);
  });

  it('decodes a UTF-16 .txt (Notepad "Unicode") by its byte order mark', async () => {
    const text = 'Remote Server returned \u2019550 5.7.124\u2019';
    const bytes = [0xff, 0xfe, ...[...text].flatMap((char) => [char.charCodeAt(0) & 0xff, char.charCodeAt(0) >> 8])];
    fakeOffice({ item: forwardedAsAttachment([{ id: 'att-u16', name: 'ndr.txt', base64: btoa(String.fromCharCode(...bytes)) }]) });
    expect((await read()).source.attachments?.[0]?.content).toBe(text);
  });

  it('skips an attachment over the size limit and says so, without fetching it', async () => {
    const office = fakeOffice({ item: forwardedAsAttachment([{ id: 'att-big', name: 'huge.eml', eml: NDR_EML, size: 6 * 1024 * 1024 }]) });
    const snapshot = await read();
    expect(office.callsTo('getAttachmentContentAsync')).toEqual([]);
    expect(snapshot.notes).toEqual([
      { part: 'attachment:huge.eml', status: 'failed', hostError: { code: 'too-large', name: 'AttachmentTooLarge', message: 'Not read: 6.0 MB is over the 5.0 MB limit.' } },
    ]);
  });

  it('notes an attachment Outlook will not hand over (drag-and-dropped item in Outlook on the web)', async () => {
    fakeOffice({
      item: forwardedAsAttachment([{ id: 'att-dnd', name: 'Undeliverable: hello', attachmentType: 'item', eml: NDR_EML }]),
      failures: { 'getAttachmentContentAsync:att-dnd': OFFICE_ERRORS.attachmentTypeNotSupported },
    });
    const snapshot = await read();
    expect(snapshot.source.attachments).toBeUndefined();
    expect(snapshot.notes).toEqual([{ part: 'attachment:Undeliverable: hello', status: 'failed', hostError: OFFICE_ERRORS.attachmentTypeNotSupported }]);
    // The body of the forwarding message is still there for the engine.
    expect(snapshot.source.text).toContain('see the attached bounce');
  });

  it('leaves documents, pictures, cloud files and attached meetings alone; notes a .msg it cannot read', async () => {
    const office = fakeOffice({
      item: forwardedAsAttachment([
        { id: 'a1', name: 'report.pdf', base64: utf8ToBase64('%PDF') },
        { id: 'a2', name: 'photo.jpg', base64: utf8ToBase64('jpg') },
        { id: 'a3', name: 'plan.docx', attachmentType: 'cloud', url: 'https://contoso.sharepoint.com/plan.docx' },
        { id: 'a4', name: 'Team meeting', attachmentType: 'item', iCalendar: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR' },
        { id: 'a5', name: 'bounce.msg', base64: utf8ToBase64('msg') },
      ]),
    });
    const snapshot = await read();
    expect(office.callsTo('getAttachmentContentAsync').map((call) => call.args[0])).toEqual(['a4']);
    expect(snapshot.source.attachments).toBeUndefined();
    expect(snapshot.notes.map((note) => [note.part, note.status])).toEqual([
      ['attachment:Team meeting', 'unsupported'],
      ['attachment:bounce.msg', 'unsupported'],
    ]);
  });

  it('diagnoses from the attachment alone when the message body and headers cannot be read', async () => {
    const error = OFFICE_ERRORS.internalError;
    fakeOffice({
      mailboxVersion: '1.8',
      item: forwardedAsAttachment([{ id: 'att1', name: 'Undeliverable: Invoice batch March', attachmentType: 'item', eml: NDR_EML }]),
      failures: { 'body.getAsync': error, getAllInternetHeadersAsync: error },
    });
    const snapshot = await read();
    expect(snapshot.source.html).toBeUndefined();
    expect(snapshot.source.attachments).toHaveLength(1);
    await expectRestrictedGroupDiagnosis(snapshot);
  });
});

describe('readCurrentItem: each cause of "cannot read" has its own kind', () => {
  const everyCall = ['body.getAsync', 'getAllInternetHeadersAsync', 'getAsFileAsync'];

  it('rejects "timeout" when no call answers within the time limit, on a normal message', async () => {
    fakeOffice({ item: forwardedAsAttachment(undefined), hang: everyCall });
    const failure = await readFailure({ callTimeoutMs: 30 });
    expect(failure.kind).toBe('timeout');
    expect(failure.hostError).toMatchObject({ code: 'timeout', name: 'Timeout' });
  });

  it('rejects "timeout", not "restricted", on a delivery report whose calls all time out: trying again may work', async () => {
    fakeOffice({ item: ndrItem({ hang: everyCall }) });
    expect((await readFailure({ callTimeoutMs: 30 })).kind).toBe('timeout');
  });

  it('keeps "restricted" on a delivery report when some calls time out and others say AccessRestricted (9017)', async () => {
    fakeOffice({ item: ndrItem({ hang: ['getAllInternetHeadersAsync'], failures: { 'body.getAsync': OFFICE_ERRORS.accessRestricted, getAsFileAsync: OFFICE_ERRORS.accessRestricted } }) });
    const failure = await readFailure({ callTimeoutMs: 30 });
    expect(failure.kind).toBe('restricted');
    expect(failure.hostError).toEqual(OFFICE_ERRORS.accessRestricted);
  });

  it('rejects "outlook-too-old" on a Mailbox 1.1 client, without making a single read call', async () => {
    const office = fakeOffice({ mailboxVersion: '1.1', item: ndrItem() });
    const failure = await readFailure();
    expect(failure.kind).toBe('outlook-too-old');
    expect(failure.message).toContain('Mailbox 1.3');
    expect(failure.hostError).toBeUndefined();
    expect(office.calls).toEqual([]);
  });

  it.each(['IPM.Note.SMIME', 'IPM.Note.SMIME.MultipartSigned', 'IPM.Note.rpmsg', 'IPM.Note.Microsoft.Rpmsg.Voicemail'])(
    'rejects "protected" on a %s message Outlook will not hand over, keeping Office\'s error',
    async (itemClass) => {
      const denied = OFFICE_ERRORS.accessRestricted;
      fakeOffice({ item: { ...forwardedAsAttachment(undefined), itemClass, failures: { 'body.getAsync': denied, getAllInternetHeadersAsync: denied, getAsFileAsync: denied } } });
      const failure = await readFailure();
      expect(failure.kind).toBe('protected');
      expect(failure.hostError).toEqual(denied);
    },
  );

  it('rejects "protected" on an S/MIME message that Outlook hands over empty', async () => {
    fakeOffice({ item: { itemClass: 'IPM.Note.SMIME', subject: 'Encrypted', body: {}, headers: '' }, empty: ['getAsFileAsync'] });
    expect((await readFailure()).kind).toBe('protected');
  });

  it('reads a protected-class message normally when Outlook does hand it over', async () => {
    fakeOffice({ item: ndrItem({ itemClass: 'IPM.Note.SMIME.MultipartSigned' }) });
    await expectRestrictedGroupDiagnosis(await read());
  });
});

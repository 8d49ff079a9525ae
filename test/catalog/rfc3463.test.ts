/** RFC 3463: the meaning of an enhanced status code by class, subject and detail. */
import { describeStatus, statusSummary } from '../../src/ndr/rfc3463';

describe('describeStatus', () => {
  it('explains 5.1.1 as a permanent addressing failure: the mailbox does not exist', () => {
    const meaning = describeStatus('5.1.1');
    expect(meaning).toMatchObject({ code: '5.1.1', statusClass: 5, subject: 1, detail: 1, temporary: false });
    expect(meaning?.subjectText.en).toBe('addressing');
    expect(meaning?.summary.en).toBe('5.1.1: permanent failure (addressing): the mailbox in the recipient’s address does not exist.');
    expect(meaning?.summary.nl).toBe('5.1.1: blijvende fout (adressering): het postvak in het adres van de geadresseerde bestaat niet.');
  });

  it('calls 4.4.7 temporary: delivery time expired, the server may try again', () => {
    const meaning = describeStatus('4.4.7');
    expect(meaning?.temporary).toBe(true);
    expect(meaning?.classText.en).toBe('temporary problem');
    expect(meaning?.summary.en).toContain('temporary problem (network or routing): the time allowed for delivery ran out.');
    expect(meaning?.summary.en).toContain('may try again');
    expect(meaning?.summary.nl).toContain('tijdelijk probleem');
  });

  it('knows the well-known details', () => {
    expect(describeStatus('5.2.2')?.detailText?.en).toBe('the recipient’s mailbox is full');
    expect(describeStatus('5.7.1')?.detailText?.en).toContain('not allowed to deliver');
    expect(describeStatus('5.4.6')?.detailText?.en).toContain('loop');
    expect(describeStatus('5.3.4')?.detailText?.en).toContain('too large');
    expect(describeStatus('5.7.23')?.detailText?.en).toContain('SPF');
  });

  it('gives class and subject for details it does not know, such as Exchange’s own 5.7.124', () => {
    const meaning = describeStatus('5.7.124');
    expect(meaning?.detailText).toBeUndefined();
    expect(meaning?.summary.en).toBe('5.7.124: Permanent failure, concerning security or policy.');
    expect(meaning?.summary.nl).toBe('5.7.124: Blijvende fout, op het gebied van beveiliging of beleid.');
  });

  it('does not reuse IANA meanings that Exchange gives a different sense (5.7.12, 5.7.13)', () => {
    expect(describeStatus('5.7.12')?.detailText).toBeUndefined();
    expect(describeStatus('5.7.13')?.detailText).toBeUndefined();
  });

  it('names every subject of class 5 and 4', () => {
    const subjects = [0, 1, 2, 3, 4, 5, 6, 7].map((subject) => describeStatus(`5.${subject}.99`)?.subjectText.en);
    expect(subjects).toEqual([
      'other or unspecified',
      'addressing',
      'the recipient’s mailbox',
      'the receiving mail system',
      'network or routing',
      'the mail protocol',
      'message content or format',
      'security or policy',
    ]);
    expect(describeStatus('4.2.0')?.summary.en).toMatch(/^4\.2\.0: temporary problem/);
  });

  it('says success for class 2', () => {
    expect(describeStatus('2.0.0')?.classText.en).toBe('success');
    expect(describeStatus('2.0.0')?.temporary).toBe(false);
  });

  it('rejects things that are not status codes', () => {
    for (const bad of ['', '5.7', '3.1.1', '5.7.1.2', 'x.y.z', '550', '5.7.1000']) {
      expect(describeStatus(bad)).toBeUndefined();
    }
    expect(statusSummary('nonsense', 'en')).toBeUndefined();
    expect(statusSummary('5.2.2', 'nl')).toContain('vol');
  });
});

/** Multi-line SMTP replies (RFC 5321 §4.2.1): completed from the transcript and read as one sentence. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { completeReply, unfoldReply } from '../../src/ndr/parse/multiline';
import { extractFacts } from '../../src/ndr/parse';

describe('completeReply', () => {
  const transcript = [
    '... while talking to aspmx.l.google.com.:',
    '>>> DATA',
    "<<< 550-5.7.1 Unauthenticated email from fabrikam.com is not accepted due to domain's",
    '<<< 550-5.7.1 DMARC policy. Please contact the administrator of fabrikam.com domain',
    '<<< 550 5.7.1 if this was a legitimate mail. x1si2 - gsmtp',
    '554 5.0.0 Service unavailable',
  ];

  it('finds the lines a report cut off in the transcript', () => {
    const whole = completeReply("550-5.7.1 Unauthenticated email from fabrikam.com is not accepted due to domain's", transcript);
    expect(whole).toContain('DMARC policy');
    expect(whole).toContain('legitimate mail');
    expect(whole).not.toContain('Service unavailable');
  });

  it('leaves a reply alone when the text does not continue it', () => {
    expect(completeReply('550-5.7.1 Something else entirely', transcript)).toBeUndefined();
    expect(completeReply('550 5.7.1 A one-line reply', transcript)).toBeUndefined();
  });
});

describe('unfoldReply', () => {
  it('drops the code repeated on each line, so phrases read whole', () => {
    expect(unfoldReply('550-5.7.1 This message does not have authentication information or fails to pass 550-5.7.1 authentication checks. 550 5.7.1 Bye')).toBe(
      '550 5.7.1 This message does not have authentication information or fails to pass authentication checks. Bye',
    );
  });

  it('handles replies without an enhanced code, and leaves one-line replies alone', () => {
    expect(unfoldReply('550-Mailbox unavailable\n  550-try again\n  550 later')).toBe('550 Mailbox unavailable try again later');
    expect(unfoldReply('550 5.7.1 Relay access denied')).toBe('550 5.7.1 Relay access denied');
  });

  it('keeps other numbers in the text', () => {
    expect(unfoldReply('550-5.7.1 Limit is 550 messages 550 5.7.1 per day')).toBe('550 5.7.1 Limit is 550 messages per day');
  });
});

describe('a sendmail bounce whose Diagnostic-Code kept only the first line', () => {
  it('reports the whole reply from the transcript', async () => {
    const raw = readFileSync(join(__dirname, '..', 'fixtures', 'scenarios', 'message-format-rejected.en.eml'), 'utf8');
    const facts = await extractFacts({ raw });
    expect(facts.failures).toHaveLength(1);
    expect(facts.failures[0]?.reply).toBe(
      '550 5.7.1 [203.0.113.10] Messages with multiple addresses in From: header are not accepted. x12si3456789ejb.101 - gsmtp',
    );
  });
});

/**
 * The MIME budget (src/ndr/parse/mime-budget.ts): part-heavy messages are cut
 * before the MIME parser sees them, the bounce is still diagnosed from what
 * was read, and the facts say that part of the message was skipped. Real
 * bounces are never cut. Time bounds are generous (CI machines are slow); the
 * figures are in `npm run bench`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  bounceThenFlood,
  bounceWithBigAttachment,
  deepNesting,
  flood,
  hugeHeader,
  hugePartHeader,
  tinyAttachments,
} from '../../bench/mime-shapes';
import { diagnose } from '../../src/ndr';
import { extractFacts } from '../../src/ndr/parse';
import { MIME_CAPS, scanMimeBudget } from '../../src/ndr/parse/mime-budget';
import { originalMessage, report } from './helpers';

const MB = 1024 * 1024;
const LIMIT_MS = 5_000;

async function timedFacts(raw: string | Uint8Array) {
  const start = performance.now();
  const facts = await extractFacts({ raw });
  return { facts, ms: performance.now() - start };
}

/** The bounce every shape starts with: 5.7.1 to sales-all@contoso.com. */
function expectTheReport(facts: Awaited<ReturnType<typeof extractFacts>>): void {
  expect(facts.isBounce).toBe(true);
  expect(facts.failures.map((failure) => [failure.address, failure.status])).toEqual([['sales-all@contoso.com', '5.7.1']]);
}

describe('the MIME budget cuts part-heavy messages and still reads the bounce', () => {
  it('the issue flood (1 MB of --b lines) is cut at the parts cap, quickly', async () => {
    const { facts, ms } = await timedFacts(flood(MB));
    expect(facts.skipped?.reason).toBe('parts');
    expect(facts.isBounce).toBe(false);
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it('a flood as bytes (as the command line reads a file) is cut the same way', async () => {
    const raw = new TextEncoder().encode(bounceThenFlood(MB));
    const { facts, ms } = await timedFacts(raw);
    expect(facts.skipped).toEqual({ reason: 'parts', bytes: expect.any(Number) });
    expect(facts.skipped?.bytes).toBeGreaterThan(MB / 2);
    expectTheReport(facts);
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it('a bounce followed by a 5 MB flood is diagnosed from its report', async () => {
    const { facts, ms } = await timedFacts(bounceThenFlood(5 * MB));
    expect(facts.skipped?.reason).toBe('parts');
    expectTheReport(facts);
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it('multiparts nested without end are cut at the depth cap', async () => {
    const { facts, ms } = await timedFacts(deepNesting(MB));
    expect(facts.skipped?.reason).toBe('depth');
    expectTheReport(facts);
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it('thousands of tiny attachments are cut at the parts cap', async () => {
    const { facts, ms } = await timedFacts(tinyAttachments(MB));
    expect(facts.skipped?.reason).toBe('parts');
    expectTheReport(facts);
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it('a message header block of megabytes is cut at the header cap', async () => {
    const { facts, ms } = await timedFacts(hugeHeader(2 * MB));
    expect(facts.skipped?.reason).toBe('header');
    // The Content-Type lies beyond the cut: the report is read as text, and still found.
    expectTheReport(facts);
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it('a part header of megabytes (one folded field) is cut at the header cap', async () => {
    const { facts, ms } = await timedFacts(hugePartHeader(2 * MB));
    expect(facts.skipped?.reason).toBe('header');
    expectTheReport(facts);
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it('a flood inside an attached .eml (as Outlook hands attachments over) is capped too', async () => {
    const facts = await extractFacts({
      subject: 'FW: please look at this',
      text: 'See the attached message.',
      attachments: [{ name: 'Undeliverable.eml', contentType: 'message/rfc822', content: bounceThenFlood(MB) }],
    });
    expect(facts.skipped?.reason).toBe('parts');
    expectTheReport(facts);
    expect(facts.structure.forwarded).toBe(true);
  });

  it('a message over the size cap is cut at the start of a line', () => {
    const raw = bounceWithBigAttachment(64 * 1024);
    const cut = scanMimeBudget(raw, { ...MIME_CAPS, bytes: 10_000 });
    expect(cut?.reason).toBe('size');
    expect(cut?.offset).toBeLessThanOrEqual(10_000);
    expect(raw[(cut?.offset ?? 0) - 1]).toBe('\n');
  });
});

describe('the MIME budget never bites on real bounces', () => {
  it('a bounce whose returned original carries a 2 MB attachment is read whole, with the same diagnosis', async () => {
    const big = await diagnose({ raw: bounceWithBigAttachment(2 * MB) });
    const small = await diagnose({ raw: bounceWithBigAttachment(4 * 1024) });
    expect(big.facts.skipped).toBeUndefined();
    expectTheReport(big.facts);
    expect(big.facts.originalSubject).toBe('Quarterly figures');
    expect(big.scenarios.map((match) => match.scenario.id)).toEqual(small.scenarios.map((match) => match.scenario.id));
  });

  it('a report with its original message attached is not cut', () => {
    const raw = report({
      text: 'Delivery has failed to these recipients or groups:\n\nsales-all@contoso.com',
      deliveryStatus: 'Reporting-MTA: dns;mail.contoso.com\n\nFinal-Recipient: rfc822;sales-all@contoso.com\nAction: failed\nStatus: 5.7.1',
      original: originalMessage(),
      html: '<p>Delivery has failed</p>',
    });
    expect(scanMimeBudget(raw)).toBeUndefined();
  });

  it('no sample bounce or scenario fixture is cut', () => {
    const dirs = [join(__dirname, '../../samples'), join(__dirname, '../fixtures/scenarios')];
    const files = dirs.flatMap((dir) => readdirSync(dir).filter((name) => name.endsWith('.eml')).map((name) => join(dir, name)));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) expect([file, scanMimeBudget(new Uint8Array(readFileSync(file)))]).toEqual([file, undefined]);
  });

  it('a closed nested multipart does not count towards the depth', () => {
    const nested = Array.from({ length: 30 }, (_, index) =>
      [`--o`, `Content-Type: multipart/alternative; boundary="i${index}"`, '', `--i${index}`, 'Content-Type: text/plain', '', 'x', `--i${index}--`].join('\r\n'),
    ).join('\r\n');
    const raw = ['From: a@b.example', 'Subject: x', 'Content-Type: multipart/mixed; boundary="o"', '', nested, '--o--', ''].join('\r\n');
    expect(scanMimeBudget(raw)).toBeUndefined();
    expect(scanMimeBudget(raw, { ...MIME_CAPS, parts: 50 })?.reason).toBe('parts');
  });
});

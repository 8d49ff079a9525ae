/**
 * The parsing layer of the engine: raw bounce input (`NdrSource`) → facts
 * (`BounceFacts`). Pure; runs in Node and in the browser; never throws.
 *
 * Evidence, strongest first (docs/ndr-formats.md §8): the `message/delivery-status` part
 * (dsn.ts); language-independent tokens in the text (`Remote Server returned`,
 * `#550 5.7.1 …##`, `Status code:`, `RESOLVER.*`, …: exchange.ts, generic.ts,
 * blocks.ts); localized headings (language.ts); then the subject.
 *
 * A message that is not itself a bounce but carries one (attached, or
 * forwarded inline) is diagnosed from that bounce (forwarded.ts).
 */
import type { BounceFacts, FailedRecipient, NdrSource, Provenance, SkippedContent } from '../types';
import { analyzeReportText, type TextAnalysis } from './blocks';
import { findBlock } from './blocklist';
import { bodyText, buildInput, emptyInput, type InputMessage } from './input';
import { hasDeliveryStatusFields, parseDeliveryStatus, type DeliveryStatusReport } from './dsn';
import { exchange2003Original, modernOriginalDetails } from './exchange';
import { mergeFailures } from './failures';
import { completeCutReplies } from './multiline';
import { findForwardedSegments, unquoteLines, type ForwardedSegment } from './forwarded';
import { findRestrictedGroups, mentionsGroup } from './groups';
import { headerValue, headerValues } from './headers';
import { htmlToText } from './html-text';
import { detectLanguage, subjectPrefix } from './language';
import { findMarkers, linksInText, mergeLinks } from './markers';
import { mergeOriginal, originalFromHeaders, originalFromRaw, type OriginalMessage } from './original';
import { splitBody, type BodySections } from './sections';
import {
  bounceVerdict,
  contentTypeOf,
  isAutoReply,
  isAutoSubmitted,
  isDeliveryReport,
  hasBounceWording,
  hasTemplateSentence,
  isFeedbackReport,
  isSystemSender,
} from './signals';
import { findAddresses } from './address';
import { cleanFacts } from '../text/clean-facts';
import { MAX_ANALYSED_TEXT, MAX_FACT_TEXT, decodeBytes, focusWindow, splitLines, truncate } from './text';

export { htmlToText } from './html-text';
export { parseDeliveryStatus } from './dsn';
export { findStatusCodes, pickStatus, isMoreSpecific } from './status';

/** How deep we follow bounces inside messages inside messages. */
const MAX_DEPTH = 3;
/** How many inline-forwarded messages we look into (a thread of forwards, not thousands). */
const MAX_SEGMENTS = 20;

interface Analysis {
  facts: BounceFacts;
  /** The body's lines and the inline-forwarded messages in them (reused by findInnerBounce). */
  lines: string[];
  segments: ForwardedSegment[];
  /** Anything that says "this message is a bounce", before the verdict. */
  looksLikeBounce: boolean;
  /** A complete message quoted as text after the report (a bounce relayed inside a bounce). */
  quotedMessage?: string;
}

/** What the message as a whole says about being a bounce (headers, sender, subject). */
interface MessageSignals {
  contentType: string;
  reportContentType: boolean;
  exchangeNdr: boolean;
  systemSender: boolean;
  subjectPrefix: boolean;
  /** A bounce by its form, so a quoted header block in it describes the original message, not a forward. */
  structural: boolean;
}

function messageSignals(doc: InputMessage): MessageSignals {
  const contentType = contentTypeOf(doc.headers);
  const reportContentType = isDeliveryReport(contentType);
  const exchangeNdr = headerValue(doc.headers, 'x-ms-exchange-message-is-ndr') !== undefined || /\.ndr\b/i.test(doc.itemClass ?? '');
  const systemSender = isSystemSender(doc.from, doc.fromAddress);
  const prefix = subjectPrefix(doc.subject) !== undefined;
  return {
    contentType,
    reportContentType,
    exchangeNdr,
    systemSender,
    subjectPrefix: prefix,
    structural: reportContentType || exchangeNdr || systemSender || prefix || doc.deliveryStatus.length > 0,
  };
}

/** Where in the body the bounce's own report is. */
interface Regions {
  allLines: string[];
  /** Inline-forwarded messages before the end of the report. */
  forwardedSegments: ForwardedSegment[];
  /** The lines that belong to this message (before any forwarded one). */
  outerLines: string[];
  sections: BodySections;
  /** The report itself: before the returned original message. */
  reportLines: string[];
}

function regionsOf(lines: string[], doc: InputMessage, structural: boolean): Regions {
  // Quoted header blocks after the report's end belong to the returned original message.
  const segmentsFound = findForwardedSegments(lines);
  const whole = segmentsFound.length > 0 || structural ? splitBody(lines) : undefined;
  const wholeEnd = whole?.reportEnd ?? lines.length;
  const forwardedSegments = segmentsFound.filter((segment) => segment.start <= wholeEnd);
  // A structural bounce is read whole; any other message ends where the first quoted one starts.
  const cut = structural ? undefined : forwardedSegments[0]?.start;
  const outerLines = cut === undefined ? lines : lines.slice(0, cut);
  const sections = outerLines === lines && whole ? whole : splitBody(outerLines);
  const reportLines = outerLines.slice(0, sections.reportEnd);
  // Text attachments are part of a bounce's report (`details.txt`); on an ordinary message they
  // may be a pasted bounce, which findInnerBounce reads as a forwarded one.
  for (const extra of structural ? doc.extraTexts : []) {
    const extraLines = splitLines(focusWindow(extra, MAX_ANALYSED_TEXT));
    reportLines.push('', ...extraLines.slice(0, splitBody(extraLines).reportEnd));
  }
  return { allLines: lines, forwardedSegments, outerLines, sections, reportLines };
}

/**
 * Exim names the failed addresses in `X-Failed-Recipients:`. It fills in a
 * failure whose text named nobody (or only a local part), and stands in for the
 * recipients when the text gave none.
 */
function fillFromFailedRecipientsHeader(failures: FailedRecipient[], doc: InputMessage): void {
  const listed = headerValues(doc.headers, 'x-failed-recipients')
    .flatMap((value) => findAddresses(value).map((match) => match.address))
    .slice(0, 100);
  if (listed.length === 0) return;
  const unused = listed.filter((address) => !failures.some((failure) => failure.address === address));
  for (const failure of failures) {
    if (!failure.address && unused.length > 0) failure.address = unused.shift() ?? '';
  }
  if (failures.length === 0) for (const address of unused) failures.push({ address });
}

/** Where the message came from (authenticity evidence); undefined for text that has no header. */
function provenanceOf(doc: InputMessage): Provenance | undefined {
  if (doc.headers.length === 0 && !doc.fromAddress && doc.attachments.length === 0) return undefined;
  const replyTo = headerValues(doc.headers, 'reply-to')
    .flatMap((value) => findAddresses(value).map((match) => match.address))
    .slice(0, 10);
  const authenticationResults = [...headerValues(doc.headers, 'authentication-results'), ...headerValues(doc.headers, 'arc-authentication-results')]
    .slice(0, 20)
    .map((value) => value.slice(0, 2_000));
  const provenance: Provenance = { replyTo, authenticationResults, attachments: doc.attachments.slice(0, 100) };
  if (doc.fromAddress) provenance.fromAddress = doc.fromAddress;
  const authAs = headerValue(doc.headers, 'x-ms-exchange-organization-authas');
  if (authAs) provenance.exchangeAuthAs = authAs.trim().slice(0, 40);
  return provenance;
}

/** Read a document as a bounce. */
function analyzeMessage(doc: InputMessage): Analysis {
  const body = bodyText(doc);
  const signals = messageSignals(doc);
  const { allLines, forwardedSegments, outerLines, sections, reportLines } = regionsOf(splitLines(body.text), doc, signals.structural);
  const reportText = reportLines.join('\n');

  // Delivery-status evidence: the MIME part(s), or the same fields printed in the text.
  const reports: DeliveryStatusReport[] = doc.deliveryStatus.map((part) => parseDeliveryStatus(truncate(part, MAX_ANALYSED_TEXT)));
  if (reports.length === 0 && hasDeliveryStatusFields(reportText)) reports.push(parseDeliveryStatus(reportText));
  const hasDeliveryStatus = reports.some((report) => report.recipients.length > 0 || report.reportingMta !== undefined);

  // The original message, before the recipients: its addresses are not failed recipients.
  const original: OriginalMessage = mergeOriginal(
    ...doc.attachedMessages.slice(0, 1).map(originalFromRaw),
    ...doc.originalHeaderParts.slice(0, 1).map(originalFromRaw),
    originalFromHeaders(sections.originalHeaders),
    modernOriginalDetails(reportLines),
    exchange2003Original(reportLines),
  );
  const excluded = new Set<string>(doc.to);
  if (original.sender) excluded.add(original.sender);
  if (doc.fromAddress) excluded.add(doc.fromAddress);

  const text: TextAnalysis = analyzeReportText(reportLines, { excluded });
  const merged = mergeFailures({ reports, textFailures: text.failures, generatingServer: text.generatingServer });
  fillFromFailedRecipientsHeader(merged.failures, doc);
  completeCutReplies(merged.failures, reportLines);
  for (const failure of merged.failures) {
    const name = failure.displayName ? undefined : original.recipientNames?.get(failure.address);
    if (name) failure.displayName = name;
  }

  const returnPath = headerValue(doc.headers, 'return-path');
  const feedback = isFeedbackReport(signals.contentType, doc.partTypes);
  const textFailures = merged.dsnFailures > 0 ? [] : merged.failures;
  const verdict = bounceVerdict({
    dsnFailures: merged.dsnFailures,
    textFailuresWithCode: textFailures.filter((f) => f.status || f.smtpCode).length,
    textFailures: textFailures.length,
    reportContentType: signals.reportContentType,
    exchangeNdr: signals.exchangeNdr,
    exchangeLayout: text.exchangeLayout,
    subjectPrefix: signals.subjectPrefix,
    bounceWording: hasBounceWording(`${doc.subject ?? ''}\n${reportText}`),
    templateSentence: hasTemplateSentence(reportText),
    systemSender: signals.systemSender,
    nullReturnPath: returnPath !== undefined && returnPath.replace(/\s/g, '') === '<>',
    originalAttached: doc.attachedMessages.length > 0 || doc.originalHeaderParts.length > 0,
    autoReply: isAutoReply(doc.headers, doc.subject, { systemSender: signals.systemSender, subjectPrefix: signals.subjectPrefix }),
    feedbackReport: feedback,
    deliveryStatusWithoutFailure: merged.dsnWithoutFailure,
  });

  // Not a bounce: no failures, groups or blocks, whatever addresses the text holds.
  const failures = verdict.isBounce ? merged.failures : [];
  const restrictedGroups = verdict.isBounce ? findRestrictedGroups(failures, text.groupNames, mentionsGroup(reportLines)) : [];
  const replies = failures.filter((failure) => failure.reply).map((failure) => ({ reply: failure.reply ?? '', status: failure.status }));
  const block = verdict.isBounce ? findBlock(replies.length > 0 ? replies : reportLines.map((line) => ({ reply: line }))) : {};

  const dsnText = doc.deliveryStatus.join('\n\n');
  const factText = truncate(dsnText ? `${reportText}\n\n${dsnText}` : reportText, MAX_FACT_TEXT);
  const links = mergeLinks(body.links, linksInText(reportText));
  const reportingMta = reports.find((report) => report.reportingMta)?.reportingMta ?? text.generatingServer;
  // The bounce goes back to the original sender: its To is the sender when the original does not say.
  const originalSender = original.sender ?? (verdict.isBounce && doc.to.length === 1 ? doc.to[0] : undefined);

  const facts: BounceFacts = {
    isBounce: verdict.isBounce,
    bounceConfidence: verdict.confidence,
    language: detectLanguage({
      headingLanguages: text.headingLanguages,
      subject: doc.subject,
      contentLanguage: headerValue(doc.headers, 'content-language'),
      text: reportText,
    }),
    failures,
    restrictedGroups,
    // Replies and link targets count too: an HTML-only NDR has its fwlink ids only in `href`s.
    markers: findMarkers([factText, ...replies.map((r) => r.reply), ...links.map((link) => link.href)].join('\n')),
    links,
    structure: {
      hasReportContentType: signals.reportContentType,
      hasDeliveryStatus,
      hasOriginalMessage:
        doc.attachedMessages.length > 0 ||
        doc.originalHeaderParts.length > 0 ||
        sections.originalHeaders.length > 0 ||
        sections.reportEnd < outerLines.length,
      isExchangeNdr: signals.exchangeNdr,
      fromSystemSender: signals.systemSender,
      autoSubmitted: isAutoSubmitted(doc.headers),
      forwarded: false,
    },
    text: factText,
  };
  if (block.ip) facts.blockedIp = block.ip;
  if (block.list) facts.blockList = block.list;
  if (originalSender) facts.originalSender = originalSender;
  if (original.subject !== undefined) facts.originalSubject = original.subject;
  if (original.date !== undefined) facts.originalDate = original.date;
  if (reportingMta) facts.reportingMta = reportingMta;
  if (doc.subject !== undefined) facts.subject = doc.subject;
  if (doc.from) facts.from = doc.from;
  const provenance = provenanceOf(doc);
  if (provenance) facts.provenance = provenance;

  const analysis: Analysis = {
    facts,
    looksLikeBounce: verdict.isBounce || hasDeliveryStatus || signals.reportContentType || signals.exchangeNdr || feedback,
    lines: allLines,
    segments: forwardedSegments,
  };
  if (sections.originalStart !== -1 && sections.originalHeaders.some((h) => h.name === 'content-type')) {
    analysis.quotedMessage = outerLines.slice(sections.originalStart).join('\n');
  }
  return analysis;
}

/**
 * A bounce inside this document: an attached message, a complete message
 * quoted as text after the report, or a message forwarded inline.
 */
async function findInnerBounce(doc: InputMessage, outer: Analysis, depth: number, seen: Seen): Promise<BounceFacts | undefined> {
  if (depth >= MAX_DEPTH) return undefined;
  // A bounce that names what failed wins over one we cannot read: a forwarded thread may hold
  // an ISP's cover note (a bounce by its wording, no recipient) before the real report.
  let unreadable: BounceFacts | undefined;
  const consider = (inner: BounceFacts): boolean => {
    if (!inner.isBounce) return false;
    if (hasReadableFailure(inner)) return true;
    unreadable ??= inner;
    return false;
  };
  for (const attached of doc.attachedMessages.slice(0, 10)) {
    const inner = await analyzeSource({ raw: attached }, depth + 1, seen);
    if (consider(inner)) return inner;
  }
  for (const extra of doc.extraTexts.slice(0, 10)) {
    const inner = await analyzeSource({ text: extra }, depth + 1, seen);
    if (consider(inner)) return inner;
  }
  if (outer.quotedMessage) {
    const inner = await analyzeSource({ raw: outer.quotedMessage }, depth + 1, seen);
    if (consider(inner)) return inner;
  }
  const lines = outer.lines;
  const segments = outer.segments.slice(0, MAX_SEGMENTS);
  for (const [index, segment] of segments.entries()) {
    // Each quoted message up to the next one: together the segments read the text once.
    const end = segments[index + 1]?.start ?? lines.length;
    const quoted: NdrSource = { text: unquoteLines(lines.slice(segment.bodyStart, end)).join('\n') };
    if (segment.subject !== undefined) quoted.subject = segment.subject;
    if (segment.from) quoted.from = segment.from;
    // Read as a message of its own, so a forward of a forward (or of a relayed bounce) is followed too.
    const inner = await analyzeSource(quoted, depth + 1, seen);
    if (consider(inner)) return inner;
  }
  return unreadable;
}

function hasReadableFailure(facts: BounceFacts): boolean {
  return facts.failures.some((failure) => failure.status || failure.smtpCode || failure.reply);
}

/** What the reading of a message (and the messages inside it) ran into. */
interface Seen {
  /** The first cut of the MIME budget, in this message or one inside it. */
  skipped?: SkippedContent;
}

async function analyzeSource(source: NdrSource, depth: number, seen: Seen): Promise<BounceFacts> {
  const doc = await buildInput(source);
  if (doc.skipped) seen.skipped ??= doc.skipped;
  const outer = analyzeMessage(doc);
  // A bounce we can read is the answer; its attachments are the original message.
  if (outer.looksLikeBounce && hasReadableFailure(outer.facts)) return outer.facts;
  // Otherwise the bounce may be inside: forwarded by a person, or relayed by a system
  // that wrapped the real bounce in its own unreadable one.
  const inner = await findInnerBounce(doc, outer, depth, seen);
  if (inner && (hasReadableFailure(inner) || !outer.looksLikeBounce)) {
    return { ...inner, structure: { ...inner.structure, forwarded: true } };
  }
  return outer.facts;
}

/** Facts for input we could not read at all. */
function emptyFacts(text: string): BounceFacts {
  return {
    isBounce: false,
    bounceConfidence: 0.5,
    language: 'unknown',
    failures: [],
    restrictedGroups: [],
    markers: [],
    links: [],
    structure: {
      hasReportContentType: false,
      hasDeliveryStatus: false,
      hasOriginalMessage: false,
      isExchangeNdr: false,
      fromSystemSender: false,
      autoSubmitted: false,
      forwarded: false,
    },
    text: truncate(text, MAX_FACT_TEXT),
  };
}

function anyText(source: NdrSource): string {
  try {
    if (source.text) return source.text;
    if (source.raw !== undefined) return typeof source.raw === 'string' ? source.raw : decodeBytes(source.raw);
    if (source.html) return htmlToText(source.html).text;
  } catch {
    // fall through
  }
  return '';
}

/**
 * Extract the facts of a bounce. Never throws: broken input yields the facts
 * we could read, at worst "not a bounce" with the text we have. Every string
 * in the facts is cleaned of hidden and direction-changing characters.
 */
export async function extractFacts(source: NdrSource): Promise<BounceFacts> {
  return cleanFacts(await readFacts(source));
}

async function readFacts(source: NdrSource): Promise<BounceFacts> {
  try {
    const seen: Seen = {};
    const facts = await analyzeSource(source, 0, seen);
    return seen.skipped ? { ...facts, skipped: seen.skipped } : facts;
  } catch {
    try {
      // Last resort: the input as plain text, without MIME.
      const text = anyText(source);
      const doc = emptyInput();
      doc.text = focusWindow(text, MAX_ANALYSED_TEXT);
      return analyzeMessage(doc).facts;
    } catch {
      return emptyFacts(anyText(source));
    }
  }
}

/**
 * One list of failed recipients from the two kinds of evidence: the RFC 3464
 * delivery-status fields (strongest: machine-written, per recipient) and what
 * the human text says (blocks.ts). The DSN decides who failed; the text fills
 * in what the DSN leaves out (display name, Exchange identifier, the remote
 * host line, a more specific code).
 */
import type { FailedRecipient } from '../types';
import type { TextFailure } from './blocks';
import type { DeliveryStatusReport, DsnRecipient } from './dsn';
import { findIdentifier } from './exchange';
import { findStatusCodes, isExpiredStatus, isGenericStatus, isMoreSpecific, pickStatus, smtpCodeAtStart, statusFromField } from './status';

/** Actions that mean the message did not get through (RFC 3464 §2.3.3). */
function isFailureAction(recipient: DsnRecipient): boolean {
  const action = recipient.action;
  if (action === 'failed' || action === 'delayed') return true;
  if (action === 'delivered' || action === 'relayed' || action === 'expanded') return false;
  // No (or an unknown) action: trust the status class.
  const status = recipient.status ? statusFromField(recipient.status) : undefined;
  if (status) return status.startsWith('5') || status.startsWith('4');
  return Boolean(recipient.diagnosticCode);
}

function addressOf(recipient: DsnRecipient): string {
  return recipient.finalRecipient ?? recipient.originalRecipient ?? recipient.actualRecipient ?? '';
}

/**
 * The status for a DSN recipient. The `Status:` field is the reporting MTA's
 * summary; the enhanced code inside `Diagnostic-Code:` right after the SMTP
 * code (`smtp; 550 5.7.1 …`) is what the refusing server itself said (RFC 3464
 * §2.3.6). We report the server's own code when the two differ (sendmail
 * writes `Status: 5.1.1` over a `550 5.7.1` reply), and a more specific code
 * from the diagnostic text when the field is generic (`5.0.0`) or only says
 * "expired" (`4.4.7`). The human text is consulted only when the DSN carries
 * no code at all, or an "expired" one.
 */
function chooseStatus(recipient: DsnRecipient, text: TextFailure | undefined): { status?: string; smtpCode?: string } {
  const field = recipient.status ? statusFromField(recipient.status) : undefined;
  let status = field;
  const diagnostic = recipient.diagnosticCode ?? '';
  const fromDiagnostic = pickStatus(findStatusCodes(diagnostic));
  if (fromDiagnostic) {
    const serverSaid = fromDiagnostic.smtpCode !== undefined && diagnostic.trimStart().startsWith(fromDiagnostic.smtpCode);
    const failed = recipient.action === undefined || recipient.action === 'failed';
    if (!status || isMoreSpecific(status, fromDiagnostic.status)) status = fromDiagnostic.status;
    else if (serverSaid && failed && status !== fromDiagnostic.status && !isGenericStatus(fromDiagnostic.status)) {
      status = fromDiagnostic.status;
    }
  }
  const diagnosticHasCode = fromDiagnostic !== undefined;
  if (
    text?.status &&
    (!status ||
      (isExpiredStatus(status) && isMoreSpecific(status, text.status)) ||
      (!diagnosticHasCode && isGenericStatus(status) && isMoreSpecific(status, text.status)))
  ) {
    status = text.status;
  }
  const smtpCode =
    fromDiagnostic?.smtpCode ?? smtpCodeAtStart(diagnostic) ?? (text?.smtpCode && (!status || status === text.status) ? text.smtpCode : undefined);
  const result: { status?: string; smtpCode?: string } = {};
  if (status) result.status = status;
  if (smtpCode) result.smtpCode = smtpCode;
  return result;
}

function fromDsn(recipient: DsnRecipient, text: TextFailure | undefined, generatingServer: string | undefined): FailedRecipient {
  const address = addressOf(recipient);
  const failure: FailedRecipient = { address };
  const displayName = recipient.displayName ?? text?.displayName;
  if (displayName && displayName.toLowerCase() !== address) failure.displayName = displayName;
  const original = recipient.originalRecipient ?? text?.originalAddress;
  if (original && original !== address) failure.originalAddress = original;
  const chosen = chooseStatus(recipient, text);
  Object.assign(failure, chosen);
  // When the human text supplied the code (the DSN had none, or only "expired"), its reply goes with it.
  const statusFromText = text?.status !== undefined && chosen.status === text.status && !(recipient.diagnosticCode ?? '').includes(text.status);
  if (statusFromText && text?.smtpCode) failure.smtpCode = text.smtpCode;
  const reply = (statusFromText ? text?.reply : undefined) || recipient.diagnosticCode || text?.reply;
  if (reply) failure.reply = reply;
  const identifier = findIdentifier(recipient.diagnosticCode ?? '') ?? text?.identifier;
  if (identifier) failure.identifier = identifier;
  const remote = recipient.remoteMta || text?.remoteServer;
  if (remote) failure.remoteServer = remote;
  if (generatingServer) failure.generatingServer = generatingServer;
  if (recipient.action) failure.action = recipient.action;
  return failure;
}

function fromText(text: TextFailure, generatingServer: string | undefined): FailedRecipient {
  const failure: FailedRecipient = { address: text.address };
  if (text.displayName) failure.displayName = text.displayName;
  if (text.originalAddress) failure.originalAddress = text.originalAddress;
  if (text.status) failure.status = text.status;
  if (text.smtpCode) failure.smtpCode = text.smtpCode;
  if (text.reply) failure.reply = text.reply;
  if (text.identifier) failure.identifier = text.identifier;
  if (text.remoteServer) failure.remoteServer = text.remoteServer;
  if (generatingServer) failure.generatingServer = generatingServer;
  return failure;
}

/** As many recipients as a real report lists, and then some; a hostile report may list millions. */
const MAX_RECIPIENTS = 1_000;

export interface MergeInput {
  reports: readonly DeliveryStatusReport[];
  textFailures: readonly TextFailure[];
  /** `Generating server:` from the text, preferred over `Reporting-MTA:` (same server, Exchange's own words). */
  generatingServer?: string | undefined;
}

export interface MergeResult {
  failures: FailedRecipient[];
  /** Failed (or delayed) recipients the DSN part listed. */
  dsnFailures: number;
  /** The DSN listed recipients, none of them failed (delivered / relayed / expanded only). */
  dsnWithoutFailure: boolean;
}

export function mergeFailures(input: MergeInput): MergeResult {
  const dsnRecipients = input.reports.flatMap((report) =>
    report.recipients.map((recipient) => ({ recipient, reportingMta: report.reportingMta })),
  );
  const failing = dsnRecipients.filter(({ recipient }) => isFailureAction(recipient)).slice(0, MAX_RECIPIENTS);
  const byAddress = new Map<string, TextFailure>();
  for (const text of input.textFailures) if (text.address && !byAddress.has(text.address)) byAddress.set(text.address, text);

  if (dsnRecipients.length > 0 && failing.length === 0) {
    // The report says every recipient was delivered, relayed or expanded: nothing failed,
    // whatever codes the text quotes (RFC 3464 §2.3.3).
    return { failures: [], dsnFailures: 0, dsnWithoutFailure: true };
  }
  if (failing.length === 0) {
    const failures = input.textFailures.map((text) => fromText(text, input.generatingServer));
    return { failures, dsnFailures: 0, dsnWithoutFailure: false };
  }

  const failures: FailedRecipient[] = [];
  const seen = new Set<string>();
  failing.forEach(({ recipient, reportingMta }, index) => {
    const address = addressOf(recipient);
    if (address && seen.has(address)) return;
    if (address) seen.add(address);
    // Match the text's account of this recipient by address (final, original or actual), else by position.
    const text =
      byAddress.get(address) ??
      (recipient.originalRecipient ? byAddress.get(recipient.originalRecipient) : undefined) ??
      (recipient.actualRecipient ? byAddress.get(recipient.actualRecipient) : undefined) ??
      (failing.length === input.textFailures.length && (!address || !input.textFailures[index]?.address)
        ? input.textFailures[index]
        : undefined);
    const failure = fromDsn(recipient, text, input.generatingServer ?? reportingMta);
    if (!failure.address && text?.address) failure.address = text.address;
    failures.push(failure);
  });
  return { failures, dsnFailures: failures.length, dsnWithoutFailure: false };
}

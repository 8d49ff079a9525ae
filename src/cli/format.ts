/**
 * Turns a `Diagnosis` into what the command line prints: a JSON record for
 * scripts, or a readable summary with the fix for people.
 */
import { cleanText, describeSkipped, renderScenario, withoutBroadCommands, type Diagnosis, type LookAlike, type UiLanguage } from '../ndr';
import { cliText, languageNames } from './messages';

/** The JSON record for one input. Absent values are `null`, so every record has the same keys. */
export interface DiagnosisRecord {
  input: string;
  isBounce: boolean;
  bounceConfidence: number;
  language: string;
  failures: Array<{
    recipient: string;
    displayName: string | null;
    originalRecipient: string | null;
    status: string | null;
    smtpCode: string | null;
    reply: string | null;
    identifier: string | null;
    remoteServer: string | null;
    generatingServer: string | null;
    action: string | null;
    /** Set when the address or name looks like an imitation. */
    suspicious: SuspiciousRecord | null;
  }>;
  restrictedGroups: Array<{ name: string | null; address: string | null; suspicious: SuspiciousRecord | null }>;
  blockedIp: string | null;
  blockList: string | null;
  originalSubject: string | null;
  originalDate: string | null;
  originalSender: string | null;
  fixedBy: string | null;
  scenarios: Array<{ id: string; audience: string; score: number; evidence: string[] }>;
  authentic: boolean;
  /** `genuine`, `doubtful` or `forged`; `authentic` is false only for `forged`. */
  authenticityVerdict: string;
  authenticityConcerns: string[];
  /** Part of the message went over the MIME budget and was read as plain text (`reason`: parts, depth, header, size). */
  skipped: { reason: string; bytes: number } | null;
  /** The concerns with their strength and what raised them (text from the bounce). */
  authenticityDetails: Array<{ id: string; strength: string; detail: string | null }>;
}

/** A look-alike finding in the JSON output. */
export interface SuspiciousRecord {
  kind: LookAlike['kind'];
  field: LookAlike['field'];
  scripts: string[] | null;
  imitates: string | null;
}

function suspiciousRecord(lookAlike: LookAlike | undefined): SuspiciousRecord | null {
  if (!lookAlike) return null;
  return { kind: lookAlike.kind, field: lookAlike.field, scripts: lookAlike.scripts ?? null, imitates: lookAlike.imitates ?? null };
}

export function toRecord(input: string, diagnosis: Diagnosis): DiagnosisRecord {
  const { facts } = diagnosis;
  return {
    input,
    isBounce: facts.isBounce,
    bounceConfidence: facts.bounceConfidence,
    language: facts.language,
    failures: facts.failures.map((failure) => ({
      recipient: failure.address,
      displayName: failure.displayName ?? null,
      originalRecipient: failure.originalAddress ?? null,
      status: failure.status ?? null,
      smtpCode: failure.smtpCode ?? null,
      reply: failure.reply ?? null,
      identifier: failure.identifier ?? null,
      remoteServer: failure.remoteServer ?? null,
      generatingServer: failure.generatingServer ?? null,
      action: failure.action ?? null,
      suspicious: suspiciousRecord(failure.suspicious),
    })),
    restrictedGroups: facts.restrictedGroups.map((group) => ({
      name: group.name ?? null,
      address: group.address ?? null,
      suspicious: suspiciousRecord(group.suspicious),
    })),
    blockedIp: facts.blockedIp ?? null,
    blockList: facts.blockList ?? null,
    originalSubject: facts.originalSubject ?? null,
    originalDate: facts.originalDate ?? null,
    originalSender: facts.originalSender ?? null,
    fixedBy: facts.isBounce ? diagnosis.fixedBy : null,
    scenarios: facts.isBounce
      ? diagnosis.scenarios.map((match) => ({
          id: match.scenario.id,
          audience: match.scenario.fixedBy,
          score: match.score,
          evidence: match.evidence,
        }))
      : [],
    authentic: diagnosis.authenticity.authentic,
    authenticityVerdict: diagnosis.authenticity.verdict,
    authenticityConcerns: diagnosis.authenticity.concerns.map((concern) => concern.id),
    skipped: facts.skipped ? { reason: facts.skipped.reason, bytes: facts.skipped.bytes } : null,
    authenticityDetails: diagnosis.authenticity.concerns.map((concern) => ({
      id: concern.id,
      strength: concern.strength,
      detail: concern.detail ?? null,
    })),
  };
}

/**
 * Text from the bounce goes to a terminal: one line without control, bidi or
 * zero-width characters (see `../ndr/text/clean.ts`), so it cannot move the
 * cursor, recolour the terminal or reorder what is shown.
 */
export function safeText(value: string): string {
  return cleanText(value);
}

const SCRIPT_NAMES = {
  Latin: cliText.scriptLatin,
  Cyrillic: cliText.scriptCyrillic,
  Greek: cliText.scriptGreek,
  Armenian: cliText.scriptArmenian,
  Cherokee: cliText.scriptCherokee,
} as const;

/** `Latin and Cyrillic`, `Latin, Greek and Cyrillic`. */
function scriptList(lookAlike: LookAlike, lang: UiLanguage): string {
  const names = (lookAlike.scripts ?? []).map((script) => SCRIPT_NAMES[script][lang]);
  const last = names.pop();
  return names.length > 0 ? `${names.join(', ')} ${cliText.listAnd[lang]} ${last ?? ''}` : (last ?? '');
}

/** The warning for a look-alike address or name, in our words. */
export function lookAlikeSentence(lookAlike: LookAlike, lang: UiLanguage): string {
  if (lookAlike.kind === 'imitates-own-domain') {
    return cliText.lookAlikeImitates[lang].replace('{domain}', safeText(lookAlike.imitates ?? ''));
  }
  const template = lookAlike.field === 'name' ? cliText.lookAlikeMixedName : cliText.lookAlikeMixedAddress;
  return template[lang].replace('{scripts}', scriptList(lookAlike, lang));
}

function wrap(text: string, indent: string, width = 96): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + 1 + word.length > width - indent.length) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(indent + line);
  return lines;
}

export function formatHuman(input: string, diagnosis: Diagnosis, lang: UiLanguage): string {
  const { facts } = diagnosis;
  const t = (text: { en: string; nl: string }): string => text[lang];
  const out: string[] = [`== ${safeText(input)}`];
  if (facts.skipped) out.push(...wrap(t(describeSkipped(facts.skipped)), ''));

  if (!facts.isBounce) {
    out.push(t(cliText.notABounce), '');
    return out.join('\n');
  }

  const main = facts.failures.find((failure) => failure.status) ?? facts.failures[0];
  const code = [main?.smtpCode, main?.status].filter(Boolean).join(' ');
  const languageName = languageNames[facts.language] ?? languageNames['unknown'];
  out.push(
    [
      t(cliText.bounce),
      code,
      `${t(cliText.language)} ${languageName ? t(languageName) : facts.language}`,
      diagnosis.authenticity.authentic ? t(cliText.looksGenuine) : '',
    ]
      .filter(Boolean)
      .join(' · '),
  );
  const { authenticity } = diagnosis;
  if (authenticity.verdict !== 'genuine') {
    out.push(authenticity.verdict === 'forged' ? `!! ${t(cliText.suspicious)}` : `!  ${t(cliText.doubtful)}`);
    for (const concern of authenticity.concerns) {
      const detail = concern.detail ? ` (${safeText(concern.detail)})` : '';
      out.push(...wrap(`${t(concern.text)}${detail}`, '   '));
    }
    if (authenticity.verdict === 'forged') out.push(...wrap(t(cliText.suspiciousAdvice), '   '));
  }

  if (facts.failures.length > 0) {
    out.push('', `${t(cliText.failedRecipients)}:`);
    for (const failure of facts.failures) {
      const who = failure.displayName ? `${failure.displayName} <${failure.address}>` : failure.address;
      const status = [failure.smtpCode, failure.status].filter(Boolean).join(' ');
      out.push(`  - ${safeText(who)}${status ? ` (${status})` : ''}`);
      if (failure.suspicious) out.push(...wrap(`!! ${lookAlikeSentence(failure.suspicious, lang)}`, '      '));
      if (failure.reply) out.push(...wrap(safeText(failure.reply), '      '));
    }
  }
  if (facts.restrictedGroups.length > 0) {
    out.push('', `${t(cliText.restrictedGroups)}:`);
    for (const group of facts.restrictedGroups) {
      const label = [group.name, group.address ? `<${group.address}>` : ''].filter(Boolean).join(' ');
      out.push(`  - ${safeText(label)}`);
      if (group.suspicious) out.push(...wrap(`!! ${lookAlikeSentence(group.suspicious, lang)}`, '      '));
    }
  }
  if (facts.blockedIp) {
    out.push('', `${t(cliText.blockedIp)}: ${safeText(facts.blockedIp)}${facts.blockList ? ` (${safeText(facts.blockList)})` : ''}`);
  }
  if (facts.originalSubject || facts.originalDate) {
    out.push('', `${t(cliText.originalMessage)}: ${safeText([facts.originalSubject, facts.originalDate].filter(Boolean).join(' · '))}`);
  }

  const [best, ...others] = diagnosis.scenarios;
  if (best) {
    // A forged bounce names the group its author wants opened: never print the command that opens it.
    const full = renderScenario(best, facts, lang);
    const rendered = authenticity.authentic ? full : withoutBroadCommands(full);
    out.push('', `${t(cliText.whatHappened)}: ${rendered.title}`, ...wrap(rendered.explanation, '  '));
    out.push('', `${t(cliText.whoCanFix)}: ${rendered.whoCanFix}`);
    const sections: Array<[keyof typeof rendered.steps, { en: string; nl: string }]> = [
      ['sender', cliText.sender],
      ['owner', cliText.owner],
      ['admin', cliText.admin],
    ];
    for (const [audience, heading] of sections) {
      const steps = rendered.steps[audience];
      const commands = rendered.commands.filter((command) => command.audience === audience);
      if (steps.length === 0 && commands.length === 0) continue;
      out.push('', `${t(heading)}:`);
      steps.forEach((step, index) => {
        const [first = '', ...rest] = wrap(step, '      ');
        out.push(`  ${String(index + 1).padStart(2)}. ${first.trimStart()}`, ...rest);
      });
      if (commands.length > 0) {
        out.push(`  ${t(cliText.powershell)}:`);
        for (const command of commands) {
          if (command.broad) out.push(`    # ${t(cliText.broadCommand)}:`, ...wrap(command.broad.consequence, '    # '));
          out.push(`    # ${command.label}`, `    ${command.command}`);
          if (command.missing.length > 0) out.push(`    # ${t(cliText.missingValues)}: ${command.missing.join(', ')}`);
          if (command.withheld && command.withheld.length > 0) {
            out.push(`    # ${command.withheld.join(', ')}: ${t(cliText.withheldValues)}`);
          }
        }
      }
    }
    if (rendered.links.length > 0) {
      out.push('', `${t(cliText.readMore)}:`);
      for (const link of rendered.links) out.push(`  - ${link.title}: ${link.url}`);
    }
    if (others.length > 0) {
      out.push('', `${t(cliText.alsoPossible)}: ${others.map((match) => renderScenario(match, facts, lang).title).join('; ')}`);
    }
  }
  out.push('');
  return out.join('\n');
}

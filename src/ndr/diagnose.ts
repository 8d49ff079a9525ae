/**
 * Facts + catalog → diagnosis: which scenarios explain this bounce, ranked
 * best first, with the evidence that matched; and each scenario rendered for
 * a reader, with the real names filled in.
 *
 * Matching is per failed recipient, in three rounds: the specific scenarios'
 * ordinary rules; if none holds, their weak `whenUnexplained` rules; if still
 * none, the best fallback (the general 5.7.x guidance, the RFC 3463 class of
 * the code, or "unknown code"). So a bounce never goes unanswered.
 */
import { assessAuthenticity, organisationDomainsOf, type Authenticity } from './authenticity';
import { CATALOG } from './catalog';
import { fillCommand, fillText } from './catalog/fill';
import { localizeUrl } from './catalog/links';
import { MatchContext, matchScenario } from './catalog/match';
import type { PlaceholderName } from './catalog/placeholders';
import { CONNECT_EXCHANGE_ONLINE, WHO_CAN_FIX } from './catalog/shared';
import type { CommandTemplate, FixAudience, Scenario, StepAudience } from './catalog/types';
import { placeholderValues, suspectPlaceholders } from './catalog/values';
import { domainOf } from './parse/address';
import { extractFacts } from './parse';
import { describeStatus, type CodeMeaning } from './rfc3463';
import { markLookAlikes } from './text/look-alikes';
import type { BounceFacts, FailedRecipient, NdrSource, UiLanguage } from './types';

export interface MatchedScenario {
  scenario: Scenario;
  score: number;
  /** Why it matched, e.g. `status 5.7.124`, `identifier RESOLVER.RST.RestrictedToGroupPermission`. */
  evidence: string[];
  /** Indexes into `facts.failures` this scenario explains (empty when the bounce lists no recipient). */
  failureIndexes: number[];
}

export interface Diagnosis {
  facts: BounceFacts;
  /** Best first. Never empty for a bounce. */
  scenarios: MatchedScenario[];
  /** Who can fix it, according to the best scenario. */
  fixedBy: FixAudience;
  authenticity: Authenticity;
  /** RFC 3463 meaning of the main status code. */
  codeMeaning?: CodeMeaning;
}

export interface RenderedCommand {
  audience: StepAudience;
  shell: CommandTemplate['shell'];
  label: string;
  command: string;
  /** Placeholders the bounce did not give (or that are `withheld`); they appear in `command` as `<label>`. */
  missing: PlaceholderName[];
  /** Of `missing`, those the bounce gave but that look like an imitation, so they were not filled in. */
  withheld?: PlaceholderName[];
  /**
   * Opens the recipient to everyone (see `CommandTemplate.broad`): rendered after
   * every targeted command, with what it does in words. Omit it for a forged bounce.
   */
  broad?: { consequence: string };
}

export interface RenderedLink {
  title: string;
  url: string;
}

/** Everything the CLI and the task pane show for one scenario, in one language. */
export interface RenderedScenario {
  id: string;
  title: string;
  explanation: string;
  fixedBy: FixAudience;
  /** One sentence: who can fix it. */
  whoCanFix: string;
  steps: Record<StepAudience, string[]>;
  commands: RenderedCommand[];
  links: RenderedLink[];
  evidence: string[];
  /** RFC 3463 meaning of the status of the recipient this rendering is about. */
  codeMeaning?: string;
}

/**
 * What the host knows beyond the bounce. Plain data (it crosses `postMessage`
 * to a worker as it is).
 */
export interface DiagnoseOptions {
  /**
   * The signed-in user's address (Outlook: `mailbox.userProfile.emailAddress`).
   * Its domain is the user's organisation for the authenticity check; never
   * taken from the bounce, whose forger writes the recipients.
   */
  userAddress?: string;
}

interface Target {
  failure?: FailedRecipient;
  index?: number;
}

function catalogIndex(scenario: Scenario): number {
  return CATALOG.indexOf(scenario);
}

/** What the engine may know about the user, as plain data. */
export interface DiagnoseOptions {
  /** The address of the mailbox the bounce was read in: its domain counts as one of the user's own. */
  userAddress?: string;
  /** More domains of the user's organization; an address imitating one of them is pointed out. */
  ownDomains?: readonly string[];
}

/** The user's own domains: those given, and the domain of the user's address. */
export function ownDomainsOf(options: DiagnoseOptions): string[] {
  const domains = [...(options.ownDomains ?? [])];
  const userDomain = domainOf(options.userAddress);
  if (userDomain) domains.push(userDomain);
  return domains.map((domain) => domain.trim().toLowerCase()).filter((domain, index, all) => domain && all.indexOf(domain) === index);
}

/** Rank the catalog's scenarios for these facts. Pure. */
export function diagnoseFacts(parsedFacts: BounceFacts, options: DiagnoseOptions = {}): Diagnosis {
  const facts = markLookAlikes(parsedFacts, ownDomainsOf(options));
  const context = new MatchContext(facts);
  const targets: Target[] =
    facts.failures.length > 0
      ? facts.failures.map((failure, index) => ({ failure, index }))
      : facts.isBounce
        ? [{}]
        : [];

  const merged = new Map<string, MatchedScenario>();
  const add = (scenario: Scenario, score: number, evidence: readonly string[], index: number | undefined): void => {
    let entry = merged.get(scenario.id);
    if (!entry) {
      entry = { scenario, score, evidence: [], failureIndexes: [] };
      merged.set(scenario.id, entry);
    }
    entry.score = Math.max(entry.score, score);
    for (const item of evidence) if (!entry.evidence.includes(item)) entry.evidence.push(item);
    if (index !== undefined && !entry.failureIndexes.includes(index)) entry.failureIndexes.push(index);
  };

  for (const { failure, index } of targets) {
    let explained = false;
    // Ordinary rules first; the weak, general readings only when nothing else explains this recipient.
    for (const rules of ['strong', 'weak'] as const) {
      for (const scenario of CATALOG) {
        if (scenario.kind !== 'specific') continue;
        const result = matchScenario(scenario, failure, context, rules);
        if (result && result.score > 0) {
          add(scenario, result.score, result.evidence, index);
          explained = true;
        }
      }
      if (explained) break;
    }
    if (explained) continue;
    let best: { scenario: Scenario; score: number; evidence: string[] } | undefined;
    for (const scenario of CATALOG) {
      if (scenario.kind !== 'fallback') continue;
      const result = matchScenario(scenario, failure, context);
      if (result && (!best || result.score > best.score)) best = { scenario, ...result };
    }
    if (best) add(best.scenario, best.score, best.evidence, index);
  }

  const scenarios = [...merged.values()].sort(
    (a, b) =>
      b.score - a.score ||
      Math.min(...a.failureIndexes, Infinity) - Math.min(...b.failureIndexes, Infinity) ||
      catalogIndex(a.scenario) - catalogIndex(b.scenario),
  );

  const best = scenarios[0];
  const mainFailure =
    best?.failureIndexes.map((index) => facts.failures[index]).find((failure) => failure?.status) ??
    facts.failures.find((failure) => failure.status);
  const codeMeaning = mainFailure?.status ? describeStatus(mainFailure.status) : undefined;

  return {
    facts,
    scenarios,
    fixedBy: best?.scenario.fixedBy ?? 'sender',
    authenticity: assessAuthenticity(facts, { organisationDomains: organisationDomainsOf(options.userAddress) }),
    ...(codeMeaning ? { codeMeaning } : {}),
  };
}

/** Parse the input and diagnose it. */
export async function diagnose(source: NdrSource, options: DiagnoseOptions = {}): Promise<Diagnosis> {
  return diagnoseFacts(await extractFacts(source), options);
}

/** Without the commands that open a recipient to everyone: what a forged bounce gets. */
export function withoutBroadCommands(rendered: RenderedScenario): RenderedScenario {
  return { ...rendered, commands: rendered.commands.filter((command) => !command.broad) };
}

/** A scenario in words for `lang`, with the bounce's values filled in. */
export function renderScenario(match: MatchedScenario, facts: BounceFacts, lang: UiLanguage): RenderedScenario {
  const { scenario } = match;
  const failure = match.failureIndexes.length > 0 ? facts.failures[match.failureIndexes[0] ?? 0] : facts.failures[0];
  const values = placeholderValues(facts, failure, scenario, lang);
  const text = (template: { en: string; nl: string }): string => fillText(template[lang], values, lang);

  const steps: Record<StepAudience, string[]> = {
    sender: scenario.steps.sender.map(text),
    owner: scenario.steps.owner.map(text),
    admin: scenario.steps.admin.map(text),
  };

  const suspect = suspectPlaceholders(facts, failure, scenario);
  // The broad commands last, whatever order the catalog lists them in (stable: targeted ones keep theirs).
  const ordered = [...scenario.commands.filter((template) => !template.broad), ...scenario.commands.filter((template) => template.broad)];
  const commands: RenderedCommand[] = ordered.map((template) => {
    const filled = fillCommand(template.template, values, lang, suspect);
    const rendered: RenderedCommand = {
      audience: template.audience,
      shell: template.shell,
      label: template.label[lang],
      command: filled.command,
      missing: filled.missing,
      ...(filled.withheld.length > 0 ? { withheld: filled.withheld } : {}),
    };
    if (template.broad) rendered.broad = { consequence: text(template.broad.consequence) };
    return rendered;
  });
  const firstOnline = commands.findIndex((command) => command.shell === 'exchange-online');
  if (firstOnline >= 0) {
    commands.splice(firstOnline, 0, {
      audience: commands[firstOnline]?.audience ?? 'admin',
      shell: 'exchange-online',
      label: CONNECT_EXCHANGE_ONLINE[lang],
      command: 'Connect-ExchangeOnline',
      missing: [],
    });
  }

  const meaning = failure?.status ? describeStatus(failure.status) : undefined;
  return {
    id: scenario.id,
    title: text(scenario.title),
    explanation: text(scenario.explanation),
    fixedBy: scenario.fixedBy,
    whoCanFix: text(scenario.whoCanFix ?? WHO_CAN_FIX[scenario.fixedBy]),
    steps,
    commands,
    links: scenario.links.map((link) => ({ title: link.title[lang], url: localizeUrl(link.url, lang) })),
    evidence: [...match.evidence],
    ...(meaning ? { codeMeaning: meaning.summary[lang] } : {}),
  };
}

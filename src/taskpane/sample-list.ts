/**
 * The stand-alone page's sample gallery as the page first shows it: which
 * samples there are and what they are called. Their text (samples/*.eml) is in
 * samples.ts, a chunk of its own (webpack `import()`, served from our own origin
 * like the main script): a pane in Outlook never shows the gallery and never
 * downloads it; the stand-alone page fetches it once the gallery is on screen
 * (`preloadSampleTexts`), so choosing a sample is as quick as before.
 */
import type { MessageKey } from './i18n';

export interface SampleInfo {
  id: string;
  fileName: string;
  title: MessageKey;
  description: MessageKey;
  /** The whole message, as text, when the caller has it already (tests); otherwise `sampleText` fetches it. */
  raw?: string;
}

export const SAMPLE_LIST: readonly SampleInfo[] = [
  {
    id: 'restricted-group-en',
    fileName: 'restricted-group-en.eml',
    title: 'sampleRestrictedEnTitle',
    description: 'sampleRestrictedEnDescription',
  },
  {
    id: 'restricted-group-nl',
    fileName: 'restricted-group-nl.eml',
    title: 'sampleRestrictedNlTitle',
    description: 'sampleRestrictedNlDescription',
  },
  {
    id: 'public-folder',
    fileName: 'public-folder.eml',
    title: 'samplePublicFolderTitle',
    description: 'samplePublicFolderDescription',
  },
  {
    id: 'blocklisted-ip',
    fileName: 'blocklisted-ip.eml',
    title: 'sampleBlocklistTitle',
    description: 'sampleBlocklistDescription',
  },
  {
    id: 'dmarc-gmail',
    fileName: 'dmarc-gmail.eml',
    title: 'sampleDmarcTitle',
    description: 'sampleDmarcDescription',
  },
  {
    id: 'unknown-recipient-5.1.1',
    fileName: 'unknown-recipient-5.1.1.eml',
    title: 'sampleUnknownRecipientTitle',
    description: 'sampleUnknownRecipientDescription',
  },
  {
    id: 'not-a-bounce',
    fileName: 'not-a-bounce.eml',
    title: 'sampleNotABounceTitle',
    description: 'sampleNotABounceDescription',
  },
];

let sampleTexts: Promise<typeof import('./samples')> | undefined;

function loadSampleTexts(): Promise<typeof import('./samples')> {
  sampleTexts ??= import(/* webpackChunkName: "samples" */ './samples').catch((error: unknown) => {
    sampleTexts = undefined; // offline for a moment: the next choice tries again
    throw error;
  });
  return sampleTexts;
}

/** Starts fetching the samples' text, so that a choice does not wait for it. */
export function preloadSampleTexts(): void {
  loadSampleTexts().catch(() => undefined); // a failure shows when a sample is chosen
}

/** A sample's whole message, as text. */
export async function sampleText(sample: SampleInfo): Promise<string> {
  if (sample.raw !== undefined) return sample.raw;
  const { SAMPLES } = await loadSampleTexts();
  const found = SAMPLES.find((candidate) => candidate.id === sample.id);
  if (!found) throw new Error(`There is no sample called ${sample.id}.`);
  return found.raw;
}

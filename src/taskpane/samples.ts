/**
 * The stand-alone page's sample gallery with the text of each sample: the
 * made-up bounces in `samples/` (see samples/README.md), bundled as text
 * (`.eml` → string, webpack `asset/source`). Loaded on demand as a chunk of its
 * own (sample-list.ts, which also names the samples for the gallery).
 */
import blocklistedIp from '../../samples/blocklisted-ip.eml';
import dmarcGmail from '../../samples/dmarc-gmail.eml';
import notABounce from '../../samples/not-a-bounce.eml';
import publicFolder from '../../samples/public-folder.eml';
import restrictedGroupEn from '../../samples/restricted-group-en.eml';
import restrictedGroupNl from '../../samples/restricted-group-nl.eml';
import unknownRecipient from '../../samples/unknown-recipient-5.1.1.eml';
import { SAMPLE_LIST, type SampleInfo } from './sample-list';

export interface Sample extends SampleInfo {
  /** The whole message, as text. */
  raw: string;
}

/** Each sample's text, by the sample's id in SAMPLE_LIST. */
const TEXTS: Readonly<Record<string, string>> = {
  'restricted-group-en': restrictedGroupEn,
  'restricted-group-nl': restrictedGroupNl,
  'public-folder': publicFolder,
  'blocklisted-ip': blocklistedIp,
  'dmarc-gmail': dmarcGmail,
  'unknown-recipient-5.1.1': unknownRecipient,
  'not-a-bounce': notABounce,
};

export const SAMPLES: readonly Sample[] = SAMPLE_LIST.map((info) => {
  const raw = TEXTS[info.id];
  if (raw === undefined) throw new Error(`samples.ts has no text for the sample ${info.id}`);
  return { ...info, raw };
});

/**
 * The stand-alone page's sample gallery: the made-up bounces in `samples/`
 * (see samples/README.md), bundled as text (`.eml` → string, webpack
 * `asset/source`).
 */
import blocklistedIp from '../../samples/blocklisted-ip.eml';
import dmarcGmail from '../../samples/dmarc-gmail.eml';
import notABounce from '../../samples/not-a-bounce.eml';
import publicFolder from '../../samples/public-folder.eml';
import restrictedGroupEn from '../../samples/restricted-group-en.eml';
import restrictedGroupNl from '../../samples/restricted-group-nl.eml';
import unknownRecipient from '../../samples/unknown-recipient-5.1.1.eml';
import type { MessageKey } from './i18n';

export interface Sample {
  id: string;
  fileName: string;
  title: MessageKey;
  description: MessageKey;
  /** The whole message, as text. */
  raw: string;
}

export const SAMPLES: readonly Sample[] = [
  {
    id: 'restricted-group-en',
    fileName: 'restricted-group-en.eml',
    title: 'sampleRestrictedEnTitle',
    description: 'sampleRestrictedEnDescription',
    raw: restrictedGroupEn,
  },
  {
    id: 'restricted-group-nl',
    fileName: 'restricted-group-nl.eml',
    title: 'sampleRestrictedNlTitle',
    description: 'sampleRestrictedNlDescription',
    raw: restrictedGroupNl,
  },
  {
    id: 'public-folder',
    fileName: 'public-folder.eml',
    title: 'samplePublicFolderTitle',
    description: 'samplePublicFolderDescription',
    raw: publicFolder,
  },
  {
    id: 'blocklisted-ip',
    fileName: 'blocklisted-ip.eml',
    title: 'sampleBlocklistTitle',
    description: 'sampleBlocklistDescription',
    raw: blocklistedIp,
  },
  {
    id: 'dmarc-gmail',
    fileName: 'dmarc-gmail.eml',
    title: 'sampleDmarcTitle',
    description: 'sampleDmarcDescription',
    raw: dmarcGmail,
  },
  {
    id: 'unknown-recipient-5.1.1',
    fileName: 'unknown-recipient-5.1.1.eml',
    title: 'sampleUnknownRecipientTitle',
    description: 'sampleUnknownRecipientDescription',
    raw: unknownRecipient,
  },
  {
    id: 'not-a-bounce',
    fileName: 'not-a-bounce.eml',
    title: 'sampleNotABounceTitle',
    description: 'sampleNotABounceDescription',
    raw: notABounce,
  },
];

/**
 * The technical details, folded: the reply line(s), the servers, the original
 * message, why we think so, the bounce's language, and what Outlook did not
 * give us. Everything from the bounce is shown as text.
 */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import type { Diagnosis, RenderedScenario } from '../../ndr';
import type { HostError, ReadNote } from '../../office/host';
import { useI18n } from '../i18n/context';
import type { MessageKey, Translate } from '../i18n';
import { useSharedStyles } from './styles';

const useStyles = makeStyles({
  list: { margin: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { marginLeft: 0, overflowWrap: 'anywhere', wordBreak: 'break-word' },
});

type Row = [label: string, value: string | undefined];

function FactList({ rows }: { rows: readonly Row[] }) {
  const styles = useStyles();
  const present = rows.filter((row): row is [string, string] => !!row[1]);
  if (present.length === 0) return null;
  return (
    <dl className={styles.list}>
      {present.map(([label, value], index) => (
        <div key={index}>
          <dt className={styles.term}>{label}</dt>
          <dd className={styles.value}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

const READ_NOTE_KEYS: Record<ReadNote['status'], MessageKey> = {
  unsupported: 'readNoteUnsupported',
  empty: 'readNoteEmpty',
  failed: 'readNoteFailed',
};

function partName(part: string, t: Translate): string {
  if (part === 'headers') return t('partHeaders');
  if (part === 'body-html') return t('partBodyHtml');
  if (part === 'body-text') return t('partBodyText');
  if (part === 'item-file') return t('partItemFile');
  if (part.startsWith('attachment:')) return t('partAttachment', { name: part.slice('attachment:'.length) });
  return part;
}

export function hostErrorText(error: HostError | undefined, t: Translate): string | undefined {
  if (!error) return undefined;
  const detail = [error.name, error.message].filter(Boolean).join(': ');
  return `${t('officeError', { code: String(error.code) })}${detail ? ` (${detail})` : ''}`;
}

export interface DetailsProps {
  diagnosis: Diagnosis;
  rendered: RenderedScenario | undefined;
  notes: readonly ReadNote[];
}

export function Details({ diagnosis, rendered, notes }: DetailsProps) {
  const { t } = useI18n();
  const shared = useSharedStyles();
  const headingId = useId();
  const { facts } = diagnosis;
  const replies = facts.failures.filter((failure) => failure.reply);
  const items: Array<{ value: string; title: string; body: ReactNode }> = [];

  if (replies.length > 0) {
    items.push({
      value: 'reply',
      title: t('detailsReply'),
      body: (
        <div className={shared.section}>
          {replies.map((failure, index) => (
            <div key={index} className={shared.section}>
              {replies.length > 1 ? <p className={mergeClasses(shared.small, shared.bounceText)}>{failure.address || t('unnamedRecipient')}</p> : null}
              <pre className={shared.preformatted}>{failure.reply}</pre>
            </div>
          ))}
        </div>
      ),
    });
  }

  const main = facts.failures.find((failure) => failure.generatingServer || failure.remoteServer);
  const serverRows: Row[] = [
    [t('generatingServer'), main?.generatingServer],
    [t('remoteServer'), main?.remoteServer],
    [t('reportingServer'), facts.reportingMta !== main?.generatingServer ? facts.reportingMta : undefined],
    [t('blockedIp'), facts.blockedIp],
    [t('blockList'), facts.blockList],
  ];
  if (serverRows.some((row) => row[1])) {
    items.push({ value: 'servers', title: t('detailsServers'), body: <FactList rows={serverRows} /> });
  }

  const originalRows: Row[] = [
    [t('originalSubject'), facts.originalSubject],
    [t('originalDate'), facts.originalDate],
    [t('originalSender'), facts.originalSender],
  ];
  if (originalRows.some((row) => row[1])) {
    items.push({ value: 'original', title: t('detailsOriginal'), body: <FactList rows={originalRows} /> });
  }

  if (rendered && (rendered.evidence.length > 0 || rendered.codeMeaning)) {
    items.push({
      value: 'evidence',
      title: t('detailsEvidence'),
      body: (
        <div className={shared.section}>
          {rendered.codeMeaning ? (
            <p className={shared.paragraph}>
              <strong>{t('codeMeaning')}:</strong> {rendered.codeMeaning}
            </p>
          ) : null}
          {rendered.evidence.length > 0 ? (
            <ul className={shared.list}>
              {rendered.evidence.map((item, index) => (
                <li key={index} className={shared.bounceText}>
                  {item}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ),
    });
  }

  items.push({
    value: 'language',
    title: t('detailsLanguage'),
    body: <p className={shared.paragraph}>{t(`language_${facts.language}` as MessageKey)}</p>,
  });

  if (notes.length > 0) {
    items.push({
      value: 'notes',
      title: t('detailsReadNotes'),
      body: (
        <ul className={shared.list}>
          {notes.map((note, index) => {
            const error = hostErrorText(note.hostError, t);
            return (
              <li key={index} className={shared.bounceText}>
                {t(READ_NOTE_KEYS[note.status], { part: partName(note.part, t) })}
                {error ? <span className={shared.small}> {error}</span> : null}
              </li>
            );
          })}
        </ul>
      ),
    });
  }

  return (
    <section className={shared.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={shared.heading2}>
        {t('detailsHeading')}
      </h2>
      <Accordion collapsible multiple>
        {items.map((item) => (
          <AccordionItem key={item.value} value={item.value}>
            <AccordionHeader as="h3">{item.title}</AccordionHeader>
            <AccordionPanel>{item.body}</AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </section>
  );
}

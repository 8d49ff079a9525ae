/** One sentence when the MIME budget cut the message (src/ndr/parse/mime-budget.ts): part of it was skipped. */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { describeSkipped, type SkippedContent } from '../../ndr';
import { useI18n } from '../i18n/context';

export function SkippedNote({ skipped }: { skipped: SkippedContent | undefined }) {
  const { lang } = useI18n();
  if (!skipped) return null;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>{describeSkipped(skipped)[lang]}</MessageBarBody>
    </MessageBar>
  );
}

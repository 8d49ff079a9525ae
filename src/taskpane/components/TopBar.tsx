/** Above a diagnosis the user asked for: the way back, what is being shown, and (stand-alone) the language. */
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ArrowLeftRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { useSharedStyles } from './styles';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  start: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
});

export interface TopBarProps {
  backLabel?: string | undefined;
  onBack?: (() => void) | undefined;
  /** What is shown: "Sample: …", "Pasted text", "File: …". */
  source?: string | undefined;
  end?: ReactNode;
}

export function TopBar({ backLabel, onBack, source, end }: TopBarProps) {
  const styles = useStyles();
  const shared = useSharedStyles();
  if (!onBack && !source && !end) return null;
  return (
    <div className={styles.bar}>
      <div className={styles.start}>
        {onBack && backLabel ? (
          <Button appearance="subtle" size="small" icon={<ArrowLeftRegular />} onClick={onBack}>
            {backLabel}
          </Button>
        ) : null}
        {source ? <p className={mergeClasses(shared.small, shared.bounceText)}>{source}</p> : null}
      </div>
      {end}
    </div>
  );
}

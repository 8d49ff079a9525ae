/**
 * Styles several components share. Colours, spacing and type only from
 * Fluent's `tokens`, so light, dark and high contrast all work.
 */
import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useSharedStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  heading1: {
    ...typographyStyles.subtitle1,
    margin: 0,
    overflowWrap: 'anywhere',
  },
  heading2: {
    ...typographyStyles.subtitle2,
    margin: 0,
    overflowWrap: 'anywhere',
  },
  heading3: {
    ...typographyStyles.body1Strong,
    margin: 0,
    overflowWrap: 'anywhere',
  },
  /** A sub-heading inside a card or panel (the owner card's "Owners", the steps per Outlook). */
  heading4: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  paragraph: {
    ...typographyStyles.body1,
    margin: 0,
    overflowWrap: 'anywhere',
  },
  small: {
    ...typographyStyles.caption1,
    margin: 0,
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
  },
  list: {
    ...typographyStyles.body1,
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    overflowWrap: 'anywhere',
  },
  plainList: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    alignItems: 'center',
  },
  /** Text from the bounce that may be one long token (an address, a server name, a reply line). */
  bounceText: {
    overflowWrap: 'anywhere',
    wordBreak: 'break-word',
  },
  /** Preformatted, but wrapping: 320 px never scrolls sideways. */
  preformatted: {
    ...typographyStyles.caption1,
    fontFamily: tokens.fontFamilyMonospace,
    margin: 0,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    wordBreak: 'break-word',
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
  },
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
  /** A heading we move focus to; no outline for a programmatic focus the user did not ask to see. */
  focusTarget: {
    ':focus': { outlineStyle: 'none' },
    ':focus-visible': {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2,
    },
  },
});

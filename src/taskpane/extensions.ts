/**
 * Extension points for features that arrive later, so they plug in without
 * reshaping the pane.
 *
 * `RecentBouncesSlot`: "Pick from your recent bounces" (Microsoft Graph, the
 * user's own NDRs) as the third way forward on the "cannot read this item"
 * screen. The App gives `RecentBouncesWay` when it has a recent-bounce source;
 * without one the screen simply offers the other two ways.
 */
import type { ComponentType } from 'react';
import type { NdrSource, UiLanguage } from '../ndr';

export interface RecentBouncesSlotProps {
  lang: UiLanguage;
  /** Diagnose the bounce the user picked; `label` names it above the diagnosis (e.g. its subject). */
  onPick(source: NdrSource, label?: string): void;
}

export type RecentBouncesSlot = ComponentType<RecentBouncesSlotProps>;

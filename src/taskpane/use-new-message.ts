/**
 * Opening a new message through the host (Outlook's compose form, or a mailto:
 * link in the stand-alone page), with the failure kept for the component to show.
 *
 * `displayNewMessageForm` needs Mailbox 1.6 and the manifest asks for less, so
 * where the host cannot compose the message is handed back (`byHand`) for the
 * pane to show, ready to copy into a new message.
 */
import { useCallback, useState } from 'react';
import type { NewMessage } from '../office/host';
import { usePaneServices } from './services';

export interface NewMessageAction {
  open(build: () => NewMessage | Promise<NewMessage>): Promise<void>;
  busy: boolean;
  /** The host's error message when the last attempt failed. */
  error: string | undefined;
  /** The message to write by hand, when the host cannot open one. */
  byHand: NewMessage | undefined;
}

export function useNewMessage(): NewMessageAction {
  const { host } = usePaneServices();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [byHand, setByHand] = useState<NewMessage | undefined>(undefined);

  const open = useCallback(
    async (build: () => NewMessage | Promise<NewMessage>) => {
      setBusy(true);
      setError(undefined);
      setByHand(undefined);
      try {
        const message = await build();
        if (host.supports('compose')) await host.displayNewMessage(message);
        else setByHand(message);
      } catch (cause) {
        setError(cause instanceof Error ? cause.message : String(cause));
      } finally {
        setBusy(false);
      }
    },
    [host],
  );

  return { open, busy, error, byHand };
}

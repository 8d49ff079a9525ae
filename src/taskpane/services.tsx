/** What every part of the pane may need from outside: the host, the owner directory, the delivery check and the build settings. */
import { createContext, useContext } from 'react';
import type { MailHost } from '../office/host';
import type { BounceDoctorConfig } from './config';
import type { DeliveryCheck } from './owners/delivery-check';
import type { OwnerDirectory } from './owners/owner-directory';

export interface PaneServices {
  host: MailHost;
  ownerDirectory: OwnerDirectory;
  /** "Check again" on a restricted group (Microsoft Graph MailTips). Absent: no such button. */
  deliveryCheck?: DeliveryCheck;
  config: BounceDoctorConfig;
}

const PaneServicesContext = createContext<PaneServices | undefined>(undefined);

export const PaneServicesProvider = PaneServicesContext.Provider;

export function usePaneServices(): PaneServices {
  const services = useContext(PaneServicesContext);
  if (!services) throw new Error('usePaneServices() outside <PaneServicesProvider>');
  return services;
}

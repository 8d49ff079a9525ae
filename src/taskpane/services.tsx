/** What every part of the pane may need from outside: the host, the owner directory and the build settings. */
import { createContext, useContext } from 'react';
import type { MailHost } from '../office/host';
import type { BounceDoctorConfig } from './config';
import type { OwnerDirectory } from './owners/owner-directory';

export interface PaneServices {
  host: MailHost;
  ownerDirectory: OwnerDirectory;
  config: BounceDoctorConfig;
}

const PaneServicesContext = createContext<PaneServices | undefined>(undefined);

export const PaneServicesProvider = PaneServicesContext.Provider;

export function usePaneServices(): PaneServices {
  const services = useContext(PaneServicesContext);
  if (!services) throw new Error('usePaneServices() outside <PaneServicesProvider>');
  return services;
}

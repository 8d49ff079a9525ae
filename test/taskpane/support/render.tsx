/** Rendering the App around a fake host, and the small waits the tests share. */
import { render, screen, type RenderResult } from '@testing-library/react';
import { App, type AppProps } from '../../../src/taskpane/App';
import { DEFAULT_CONFIG, type BounceDoctorConfig } from '../../../src/taskpane/config';
import { FakeMailHost, type FakeHostOptions } from './fake-host';

export const TEST_CONFIG: BounceDoctorConfig = { ...DEFAULT_CONFIG, version: '1.2.3', helpdeskEmail: 'helpdesk@fabrikam.com' };

export interface RenderedApp extends RenderResult {
  host: FakeMailHost;
}

export function renderApp(hostOptions: FakeHostOptions = {}, props: Partial<Omit<AppProps, 'host'>> = {}): RenderedApp {
  const host = new FakeMailHost(hostOptions);
  const result = render(<App host={host} config={TEST_CONFIG} {...props} />);
  return { ...result, host };
}

/** The diagnosis (or any other view) has its level-1 heading. */
export async function findHeadline(name?: string | RegExp): Promise<HTMLElement> {
  return screen.findByRole('heading', { level: 1, ...(name ? { name } : {}) }, { timeout: 5000 });
}

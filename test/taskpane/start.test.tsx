/**
 * @jest-environment jsdom
 *
 * Start-up never leaves a blank page: words at once, then the App; a plain
 * sentence when the host cannot be created or the App throws.
 */
import { act, screen } from '@testing-library/react';
import type { Root } from 'react-dom/client';
import type { MailHost } from '../../src/office/host';
import { translator } from '../../src/taskpane/i18n';
import { startTaskPane } from '../../src/taskpane/start';
import { FakeMailHost } from './support/fake-host';

const t = translator('en');
let container: HTMLElement;
let root: Root | undefined;

beforeEach(() => {
  container = document.body.appendChild(document.createElement('div'));
  container.id = 'root';
});

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  container.remove();
});

describe('startTaskPane', () => {
  it('shows a loading line at once, then the App', async () => {
    let resolveHost: (host: MailHost) => void = () => undefined;
    const hostPromise = new Promise<MailHost>((resolve) => (resolveHost = resolve));
    let started: Promise<Root> | undefined;
    await act(async () => {
      started = startTaskPane(container, { createHost: () => hostPromise });
    });
    expect(container).toHaveTextContent(t('startupLoading'));
    await act(async () => resolveHost(new FakeMailHost({ kind: 'standalone' })));
    root = await started;
    expect(await screen.findByRole('heading', { level: 1, name: t('appName') })).toBeInTheDocument();
  });

  it('says so in plain words when the host cannot be created', async () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await act(async () => {
      root = await startTaskPane(container, { createHost: () => Promise.reject(new Error('office.js did not load')) });
    });
    expect(screen.getByRole('alert')).toHaveTextContent(t('startupFailed'));
    expect(screen.getByRole('alert')).toHaveTextContent('office.js did not load');
    error.mockRestore();
  });

  it('catches an error while the App renders (error boundary)', async () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const host = new FakeMailHost({ kind: 'outlook' });
    host.theme = () => {
      throw new Error('theme exploded');
    };
    await act(async () => {
      root = await startTaskPane(container, { createHost: () => Promise.resolve(host) });
    });
    expect(screen.getByRole('alert')).toHaveTextContent(t('startupFailed'));
    expect(screen.getByRole('alert')).toHaveTextContent('theme exploded');
    error.mockRestore();
  });
});

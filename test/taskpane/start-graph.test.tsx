/**
 * @jest-environment jsdom
 *
 * Start-up with the Graph services (index.tsx's `hostServices`): they reach the
 * App when given, and when they fail to load the pane starts without them.
 */
import { act, screen } from '@testing-library/react';
import type { Root } from 'react-dom/client';
import { translator } from '../../src/taskpane/i18n';
import { startTaskPane } from '../../src/taskpane/start';
import { FakeRecentSource } from './support/fake-graph-services';
import { FakeMailHost, sampleSnapshot } from './support/fake-host';

const t = translator('en');
let container: HTMLElement;
let root: Root | undefined;

beforeEach(() => {
  container = document.body.appendChild(document.createElement('div'));
});

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  container.remove();
});

const host = () => new FakeMailHost({ read: () => Promise.resolve(sampleSnapshot('public-folder.eml')) });

it('hands the host\'s services (Graph, loaded on demand) to the App', async () => {
  const source = new FakeRecentSource([]);
  await act(async () => {
    root = await startTaskPane(container, { createHost: () => Promise.resolve(host()), hostServices: () => Promise.resolve({ recentBounceSource: source }) });
  });
  expect(await screen.findByRole('button', { name: t('recentBouncesButton') })).toBeInTheDocument();
});

it('starts without them when they fail to load (the Graph chunk offline, say)', async () => {
  const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  await act(async () => {
    root = await startTaskPane(container, { createHost: () => Promise.resolve(host()), hostServices: () => Promise.reject(new Error('Loading chunk graph failed')) });
  });
  expect(await screen.findByRole('heading', { level: 1, name: /public folder/i })).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: t('recentBouncesButton') })).toBeNull();
  expect(error).toHaveBeenCalled();
  error.mockRestore();
});

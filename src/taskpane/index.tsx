/**
 * The task pane's entry (webpack `taskpane` chunk, into taskpane.html's
 * `<div id="root">`). `startHost` waits for Office's answer (Outlook or the
 * stand-alone page, however late Outlook is: start.tsx shows the wait); the
 * owner directory is IT's published owners.json, then Microsoft Graph when the
 * build has a client id and Outlook offers nested app authentication
 * (graph-services.ts); everything
 * else is in start.tsx and App.tsx.
 */
import { startHost } from '../office/create-host';
import { readConfig } from './config';
import { graphServicesFor } from './graph-services';
import { chainOwnerDirectories } from './owners/owner-directory';
import { PublishedOwnerDirectory, fetchPublishedFile } from './owners/published-owner-directory';
import { warmUpEngine } from './engine/engine-client';
import { startTaskPane } from './start';

const container =
  document.getElementById('root') ?? document.body.appendChild(Object.assign(document.createElement('div'), { id: 'root' }));

/** The engine's worker script loads while Office starts (it was fetched only at the first diagnosis). */
warmUpEngine();

/** IT's published owner list (owners.json beside this page): fetched at once, in parallel with Office's start. */
const publishedOwners = new PublishedOwnerDirectory(() => fetchPublishedFile(document.baseURI));
void publishedOwners.preload();

void startTaskPane(container, {
  startHost: () => startHost(),
  hostServices: async (host) => {
    // Graph is optional: if it cannot start, the published owner list still works.
    const graph = await graphServicesFor(host, readConfig()).catch((error: unknown) => {
      console.error('Bounce Doctor: Microsoft Graph is off', error);
      return undefined;
    });
    return { ...graph, ownerDirectory: chainOwnerDirectories(publishedOwners, ...(graph?.ownerDirectory ? [graph.ownerDirectory] : [])) };
  },
});

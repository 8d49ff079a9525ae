/**
 * The task pane's entry (webpack `taskpane` chunk, into taskpane.html's
 * `<div id="root">`). `startHost` waits for Office's answer (Outlook or the
 * stand-alone page, however late Outlook is: start.tsx shows the wait); Microsoft Graph is wired in when the build has a client id
 * and Outlook offers nested app authentication (graph-services.ts); everything
 * else is in start.tsx and App.tsx.
 */
import { startHost } from '../office/create-host';
import { readConfig } from './config';
import { graphServicesFor } from './graph-services';
import { startTaskPane } from './start';

const container =
  document.getElementById('root') ?? document.body.appendChild(Object.assign(document.createElement('div'), { id: 'root' }));

void startTaskPane(container, {
  startHost: () => startHost(),
  hostServices: (host) => graphServicesFor(host, readConfig()),
});

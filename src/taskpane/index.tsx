/**
 * The task pane's entry (webpack `taskpane` chunk, into taskpane.html's
 * `<div id="root">`). `createHost` picks Outlook (Office.js) or the
 * stand-alone page; everything else is in start.tsx and App.tsx.
 */
import { createHost } from '../office/create-host';
import { startTaskPane } from './start';

const container =
  document.getElementById('root') ?? document.body.appendChild(Object.assign(document.createElement('div'), { id: 'root' }));

void startTaskPane(container, { createHost: () => createHost() });

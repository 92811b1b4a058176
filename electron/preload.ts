import { contextBridge, ipcRenderer } from 'electron';
import { buildApi, channelOf } from '../shared/contract/index.js';

// Exactly the contract's methods, each on its own channel: the page gets no generic invoke, no
// ipcRenderer, nothing else. contextBridge copies this plain object of functions into the page.
contextBridge.exposeInMainWorld(
  'casefile',
  buildApi((name, input) => ipcRenderer.invoke(channelOf(name), input)),
);

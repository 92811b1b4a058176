import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildApi, channelOf, eventChannelOf, isEventName } from '../shared/contract/names.js';

// Exactly the contract's methods, each on its own channel, and `on` for the core's events: the
// page gets no generic invoke, no ipcRenderer, nothing else. contextBridge copies this plain object
// of functions into the page. Only names are bundled here (shared/contract/names.ts): no schema,
// no zod; the renderer checks each event's payload against the contract when it arrives.
contextBridge.exposeInMainWorld('casefile', {
  ...buildApi((name, input) => ipcRenderer.invoke(channelOf(name), input)),
  on(event: unknown, listener: unknown): () => void {
    if (!isEventName(event) || typeof listener !== 'function') throw new TypeError('casefile.on(event, listener)');
    const channel = eventChannelOf(event);
    const forward = (_event: IpcRendererEvent, payload: unknown): void => {
      (listener as (payload: unknown) => void)(payload);
    };
    ipcRenderer.on(channel, forward);
    return () => {
      ipcRenderer.removeListener(channel, forward);
    };
  },
});

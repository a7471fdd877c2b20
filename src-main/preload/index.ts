import { type AssociateBridge, BRIDGE_KEY, CHANNELS } from '@shared/ipc/contract';
import { contextBridge, ipcRenderer } from 'electron';

/**
 * The typed bridge, and nothing else: one function per channel of the
 * contract, each passing only its own argument. The page never gets
 * ipcRenderer, a channel name, or an event object.
 */
const bridge: AssociateBridge = {
  credentials: {
    load: () => ipcRenderer.invoke(CHANNELS.credentials.load),
    clear: () => ipcRenderer.invoke(CHANNELS.credentials.clear),
  },
  device: {
    enroll: (request) => ipcRenderer.invoke(CHANNELS.device.enroll, request),
  },
  print: {
    print: (job) => ipcRenderer.invoke(CHANNELS.print.print, job),
    save: (job) => ipcRenderer.invoke(CHANNELS.print.save, job),
  },
};

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);

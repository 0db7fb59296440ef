import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type { ShootdeskBridge } from '../../shared/api/bridge.js';
import type { EventName, EventPayload } from '../../shared/api/contract.js';
import { channelOf, createClient, isEventName } from '../../shared/api/derive.js';
import { MEDIA_SCHEME, mediaFilePath } from '../../shared/api/media-url.js';

// The page gets exactly the contract: one function per method and a typed `on`. The raw
// ipcRenderer and the IPC event objects (which carry the sender) never reach it.

function on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
  if (!isEventName(event)) throw new Error(`unknown event: ${String(event)}`);
  const channel = channelOf(event);
  const forward = (_event: IpcRendererEvent, payload: EventPayload<E>) => listener(payload);
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
}

const bridge: ShootdeskBridge = {
  ...createClient((channel, input) => ipcRenderer.invoke(channel, input)),
  on,
  mediaUrl: (kind, sha256) => `${MEDIA_SCHEME}://${mediaFilePath(kind, sha256)}`,
  desktop: true,
  pathOfDropped: (file) => webUtils.getPathForFile(file),
};

contextBridge.exposeInMainWorld('shootdesk', bridge);

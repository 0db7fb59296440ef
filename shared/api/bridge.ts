import type { ApiClient, EventName, EventListener } from './contract.js';
import type { MediaKind } from './media-url.js';

/**
 * What the preload exposes as `window.shootdesk`: the contract's methods as a client, plus
 * event subscription. Nothing else (no raw ipcRenderer) reaches the page.
 */
export type ShootdeskBridge = ApiClient & {
  /** Subscribes to one contract event; returns the function that unsubscribes. */
  on<E extends EventName>(event: E, listener: EventListener<E>): () => void;
  /**
   * Where the page loads a cached thumbnail or preview: the media protocol in Electron, the
   * token-protected /media route of the browser bridge. Content-addressed, so cached for good.
   */
  mediaUrl(kind: MediaKind, sha256: string): string;
  /** True in the desktop app: a native folder chooser (`folders.pick`) and dropped folders have paths. */
  readonly desktop: boolean;
  /** The path of a file or folder dropped on the window; '' where the page cannot know it (a browser). */
  pathOfDropped(file: File): string;
};

import type { ApiClient, EventName, EventListener } from './contract.js';

/**
 * What the preload exposes as `window.shootdesk`: the contract's methods as a client, plus
 * event subscription. Nothing else (no raw ipcRenderer) reaches the page.
 */
export type ShootdeskBridge = ApiClient & {
  /** Subscribes to one contract event; returns the function that unsubscribes. */
  on<E extends EventName>(event: E, listener: EventListener<E>): () => void;
};

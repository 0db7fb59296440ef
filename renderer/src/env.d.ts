/// <reference types="vite/client" />
import type { ShootdeskBridge } from '../../shared/api/bridge';

// Put there by electron/preload (or, headless, by the browser bridge's client).
declare global {
  interface Window {
    shootdesk: ShootdeskBridge;
  }
}

import type { Session } from 'electron';
import { CONTENT_SECURITY_POLICY } from './csp.js';

/** Session-wide rules: every response carries our CSP and no web permission is ever granted. */
export function applySessionPolicy(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
  // The app needs no camera, notifications, geolocation ...: refuse both the prompt and the check.
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  // USB, serial and HID devices are asked for through their own handler, not the two above.
  session.setDevicePermissionHandler(() => false);
}

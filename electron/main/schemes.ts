import { protocol } from 'electron';
import { MEDIA_SCHEME } from '../../shared/api/media-url.js';
import { APP_SCHEME } from './app-page-path.js';

/**
 * Must run before 'ready', and once: a second call replaces the first's schemes. Standard + secure
 * gives the page a real origin and lets <img> and fetch treat both like https (no mixed-content
 * blocks); neither bypasses the page's CSP.
 */
export function registerSchemes(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
    { scheme: MEDIA_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

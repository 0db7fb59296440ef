import { safeStorage } from 'electron';
import type { ParentSeal } from '../core/app/connect-core.js';

/**
 * The shop token sealed with the OS keychain (Keychain, DPAPI, libsecret/kwallet) through Electron's
 * safeStorage: core stores only the sealed form and opens it when it syncs. Undefined where the OS
 * offers no keychain (Linux without a secret service: safeStorage would fall back to a fixed key,
 * which protects nothing); the token is then stored as given, as the command line does.
 */
export function keychainSeal(): ParentSeal | undefined {
  if (!safeStorage.isEncryptionAvailable()) return undefined;
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return undefined;
  return {
    seal: (token) => safeStorage.encryptString(token).toString('base64'),
    open: (sealed) => safeStorage.decryptString(Buffer.from(sealed, 'base64')),
  };
}

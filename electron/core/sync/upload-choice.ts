import type { UploadSize } from './sync-settings.js';

/**
 * Which bytes stand for a photo at the shop. A photo whose bytes were chosen before keeps that
 * choice (the shop refuses other bytes once some arrived); otherwise the setting decides, at the
 * moment its bytes are first to be sent. Null: no choice yet, and none needed (a hidden photo's
 * record carries no bytes, so it may declare the original until it is shown).
 */
export function uploadChoice(setting: UploadSize, chosenBefore: UploadSize | null, bytesToSend: boolean): UploadSize | null {
  if (chosenBefore !== null) return chosenBefore;
  return bytesToSend ? setting : null;
}

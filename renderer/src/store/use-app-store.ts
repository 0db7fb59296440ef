import { useStore } from 'zustand';
import { createAppStore } from './create-app-store';
import type { AppState } from './types';

export const appStore = createAppStore(window.shootdesk);

export function useAppStore<T>(select: (state: AppState) => T): T {
  return useStore(appStore, select);
}

import { appStore } from '../store/use-app-store';
import { failureText } from '../failure-text';

/** The folders already typed, then the new ones not yet there, one per line. */
export function addFolders(text: string, folders: readonly string[]): string {
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  return [...lines, ...folders.filter((folder) => !lines.includes(folder))].join('\n');
}

/**
 * The native folder chooser (several at once: two memory cards), its choice added to the sort form.
 * From the form's button and from the menu's Import folders…. Says what went wrong, or null.
 */
export async function chooseFoldersIntoForm(): Promise<string | null> {
  const result = await window.shootdesk['folders.pick']({ title: 'Folders of the shoot' });
  if (!result.ok) return failureText(result.error);
  const { sortForm, editSortForm } = appStore.getState();
  if (result.value.folders.length > 0) editSortForm({ folder: addFolders(sortForm.folder, result.value.folders) });
  return null;
}

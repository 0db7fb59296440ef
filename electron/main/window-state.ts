import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeWhole } from '../core/app/write-output.js';

const rect = z.object({ x: z.number(), y: z.number(), width: z.number().positive(), height: z.number().positive() });
const windowStateSchema = z.object({ bounds: rect, maximized: z.boolean() });

/** The main window as she left it: its size and place when not maximised, and whether it was. */
export type WindowState = z.infer<typeof windowStateSchema>;

export function windowStateFile(userData: string): string {
  return join(userData, 'window-state.json');
}

/** What was saved, or null: the first start, or a file that is damaged or from elsewhere (then the defaults do). */
export function readWindowState(file: string): WindowState | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Written whole: a crash while closing leaves the previous state, never half a file. */
export function saveWindowState(file: string, state: WindowState): Promise<void> {
  return writeWhole(file, new TextEncoder().encode(`${JSON.stringify(state)}\n`));
}

// Runs before `npm start`: says in a sentence what keeps the window from opening, instead of a stack
// trace from Electron or from better-sqlite3's loader.
import { startProblems } from './electron-setup.mjs';

const problems = startProblems();
if (problems.length > 0) {
  process.stderr.write(`npm start cannot open Shootdesk yet.\n${problems.map((problem) => `- ${problem}`).join('\n')}\n`);
  process.exit(1);
}

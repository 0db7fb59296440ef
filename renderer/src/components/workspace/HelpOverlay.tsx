import { COMMANDS, type Command } from '../../commands/commands';
import { chordLabel } from '../../commands/key-chord';
import { IS_MAC } from '../../commands/use-shortcuts';
import { useAppStore } from '../../store/use-app-store';

const GROUPS: Command['group'][] = ['Move and select', 'Change', 'Bulk tagging', 'View'];

/** Made from the command table, like the key bindings, so it lists exactly what the keys do. */
export function HelpOverlay() {
  const open = useAppStore((s) => s.helpOpen);
  const setHelpOpen = useAppStore((s) => s.setHelpOpen);
  if (!open) return null;
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label="Keyboard shortcuts">
      <div className="help">
        <h2>Keyboard shortcuts</h2>
        <p>Click selects one photo, Shift-click a range, {IS_MAC ? '⌘' : 'Ctrl'}-click adds or removes one; double-click opens it large.</p>
        {GROUPS.map((group) => (
          <section key={group}>
            <h3>{group}</h3>
            <table>
              <tbody>
                {COMMANDS.filter((c) => c.group === group).map((c) => (
                  <tr key={c.id}>
                    <td>{c.label}</td>
                    <td>
                      {c.keys.map((k) => (
                        <kbd key={k}>{k === ' ' ? 'Space' : chordLabel(k, IS_MAC)}</kbd>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
        <button type="button" onClick={() => setHelpOpen(false)}>
          Close
        </button>
      </div>
    </div>
  );
}

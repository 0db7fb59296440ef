import { useState, type FormEvent } from 'react';
import { parseSparesTarget } from '../../../shared/codes/spares-target';
import { CARD_LAYOUTS, PAPERS, type CardLayout, type Paper } from '../../../shared/domain';
import { useAppStore } from '../store/use-app-store';
import { NoticeLine } from './workspace/NoticeLine';

const LAYOUT_NAMES: Record<CardLayout, string> = { '1': 'One large card a page', '2x4': '8 a page (2 × 4)', '3x3': '9 a page (3 × 3)' };
const PAPER_NAMES: Record<Paper, string> = { a4: 'A4', letter: 'US Letter' };

/** A job's QR cards: walk-up cards topped up, then the PDF written where she says. */
export function CardsDialog() {
  const job = useAppStore((s) => s.cardsFor);
  const busy = useAppStore((s) => s.cardsBusy);
  const outcome = useAppStore((s) => s.cardsOutcome);
  const openCards = useAppStore((s) => s.openCards);
  const topUpSpares = useAppStore((s) => s.topUpSpares);
  const printCards = useAppStore((s) => s.printCards);
  const [spares, setSpares] = useState('10%');
  const [layout, setLayout] = useState<CardLayout>('3x3');
  const [paper, setPaper] = useState<Paper>('a4');
  const [file, setFile] = useState('');
  if (job === null) return null;
  const target = parseSparesTarget(spares);

  const print = (event: FormEvent): void => {
    event.preventDefault();
    if (file.trim() !== '') void printCards({ file: file.trim(), paper, layout });
  };
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label={`QR cards of ${job}`}>
      <form className="cards-dialog" onSubmit={print}>
        <h2>QR cards of {job}</h2>
        <fieldset>
          <legend>Walk-up cards</legend>
          <p className="hint">Blank cards with codes of their own, for pupils who are not on the list: a number, or a share of the list.</p>
          <label>
            The job should have <input aria-label="Walk-up cards" value={spares} onChange={(e) => setSpares(e.target.value)} size={6} />
          </label>
          <button type="button" disabled={busy || target === null} onClick={() => target && void topUpSpares(target)}>
            Add walk-up cards
          </button>
          {target === null && <p className="error">Type a number of cards up to 1,000, or a share such as 10%.</p>}
        </fieldset>
        <fieldset>
          <legend>Print</legend>
          <label>
            Cards per page
            <select aria-label="Cards per page" value={layout} onChange={(e) => setLayout(e.target.value as CardLayout)}>
              {CARD_LAYOUTS.map((value) => (
                <option key={value} value={value}>
                  {LAYOUT_NAMES[value]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Paper
            <select aria-label="Paper" value={paper} onChange={(e) => setPaper(e.target.value as Paper)}>
              {PAPERS.map((value) => (
                <option key={value} value={value}>
                  {PAPER_NAMES[value]}
                </option>
              ))}
            </select>
          </label>
          <label className="wide">
            Save as
            <input aria-label="Save as" value={file} onChange={(e) => setFile(e.target.value)} placeholder="/home/me/Documents/cards.pdf" />
          </label>
        </fieldset>
        {outcome && <NoticeLine notice={outcome} />}
        <div className="actions">
          <button type="submit" disabled={busy || file.trim() === ''}>
            Print to PDF
          </button>
          <button type="button" onClick={() => openCards(null)}>
            Close
          </button>
        </div>
      </form>
    </div>
  );
}

import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { parseSparesTarget } from '../../../shared/codes/spares-target';
import { CARD_LAYOUTS, PAPERS, type CardLayout, type Paper } from '../../../shared/domain';
import { normaliseShopUrl, SHOP_URL_RULE } from '../../../shared/shop-address';
import { useAppStore } from '../store/use-app-store';
import { CardsPagePreview } from './CardsPagePreview';
import { NoticeLine } from './workspace/NoticeLine';

const LAYOUT_NAMES: Record<CardLayout, string> = { '1': 'One large card a page', '2x4': '8 a page (2 × 4)', '3x3': '9 a page (3 × 3)' };
const PAPER_NAMES: Record<Paper, string> = { a4: 'A4', letter: 'US Letter' };

/** Enter in a field of the contact sheets runs their own step, not the form's (printing the cards). */
function onEnter(run: () => void): (event: KeyboardEvent) => void {
  return (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    run();
  };
}

/**
 * A job's QR cards: walk-up cards topped up, then the PDF written where she says, with a preview of
 * its first page; and the contact sheets for the school, with the shop address they send parents to.
 */
export function CardsDialog() {
  const job = useAppStore((s) => s.cardsFor);
  const busy = useAppStore((s) => s.cardsBusy);
  const outcome = useAppStore((s) => s.cardsOutcome);
  const openCards = useAppStore((s) => s.openCards);
  const topUpSpares = useAppStore((s) => s.topUpSpares);
  const printCards = useAppStore((s) => s.printCards);
  const saveShopUrl = useAppStore((s) => s.saveShopUrl);
  const printContactSheets = useAppStore((s) => s.printContactSheets);
  const savedShop = useAppStore((s) => s.jobs.find((j) => j.name === s.cardsFor)?.shopUrl ?? null);
  const [spares, setSpares] = useState('10%');
  const [layout, setLayout] = useState<CardLayout>('3x3');
  const [paper, setPaper] = useState<Paper>('a4');
  const [file, setFile] = useState('');
  // null until she types: the field shows the job's saved address.
  const [typedShop, setTypedShop] = useState<string | null>(null);
  const [sheetsFile, setSheetsFile] = useState('');
  if (job === null) return null;
  const target = parseSparesTarget(spares);
  const shop = typedShop ?? savedShop ?? '';
  const shopUrl = normaliseShopUrl(shop);
  const canSaveShop = !busy && shopUrl !== null && shopUrl !== savedShop;
  const canPrintSheets = !busy && savedShop !== null && sheetsFile.trim() !== '';
  const saveShop = (): void => {
    if (canSaveShop) void saveShopUrl(shop).then((saved) => saved && setTypedShop(null));
  };
  const printSheets = (): void => {
    if (canPrintSheets) void printContactSheets({ file: sheetsFile.trim(), paper });
  };
  const close = (): void => {
    setTypedShop(null);
    openCards(null);
  };

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
          <CardsPagePreview paper={paper} layout={layout} paperName={PAPER_NAMES[paper]} />
        </fieldset>
        <fieldset>
          <legend>Contact sheets for the school</legend>
          <p className="hint">Each class on pages of its own, a strip per pupil with the code, its QR code and the shop where parents enter it.</p>
          <label className="wide">
            Shop address
            <input aria-label="Shop address" value={shop} onChange={(e) => setTypedShop(e.target.value)} onKeyDown={onEnter(saveShop)} placeholder="shop.example.com" />
          </label>
          <button type="button" disabled={!canSaveShop} onClick={saveShop}>
            Save shop address
          </button>
          {shop.trim() !== '' && shopUrl === null && <p className="error">Type {SHOP_URL_RULE}.</p>}
          {savedShop === null && <p className="hint">Save the shop address first: the sheets tell parents where to go.</p>}
          <label className="wide">
            Save sheets as
            <input aria-label="Save contact sheets as" value={sheetsFile} onChange={(e) => setSheetsFile(e.target.value)} onKeyDown={onEnter(printSheets)} placeholder="/home/me/Documents/contact-sheets.pdf" />
          </label>
          <button type="button" disabled={!canPrintSheets} onClick={printSheets}>
            Print contact sheets
          </button>
        </fieldset>
        {outcome && <NoticeLine notice={outcome} />}
        <div className="actions">
          <button type="submit" disabled={busy || file.trim() === ''}>
            Print to PDF
          </button>
          <button type="button" onClick={close}>
            Close
          </button>
        </div>
      </form>
    </div>
  );
}

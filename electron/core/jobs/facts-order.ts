import type { Db } from '../db/open-db.js';
import { orderShoot, type ShootOrder } from '../sort/order-shoot.js';
import { sortFacts, type SortFacts } from './sort-facts.js';

// Keyed by the facts as read: sort-facts.ts keeps one object while the photo facts version stands
// and reads a new one when it moves, so an order lives exactly as long as the facts it came from.
const orders = new WeakMap<SortFacts, ShootOrder>();

/**
 * The job's photos as scanned, in shooting order (the costly half of the split), worked out once per
 * read of the facts instead of on every change by hand. Decisions are not in it: see with-decisions.ts.
 */
export function factsOrder(facts: SortFacts): ShootOrder {
  const known = orders.get(facts);
  if (known !== undefined) return known;
  const order = orderShoot(facts.photos, facts.unreadable);
  orders.set(facts, order);
  return order;
}

/**
 * Reads the job's photos and orders them now, while the photographer looks at the job, instead of in
 * her first change by hand: on 20,000 photos that is most of the first change's time.
 */
export function prepareOrder(db: Db, jobId: number, folder: string): void {
  // One transaction: the facts version and the rows read are one snapshot (sort-facts.ts).
  db.transaction(() => factsOrder(sortFacts(db, jobId, folder)))();
}

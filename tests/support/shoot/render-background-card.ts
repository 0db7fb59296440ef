import type { Frame } from './draw-person.js';
import { hashString } from './prng.js';
import { qrSvg } from './qr-svg.js';
import type { BackgroundCard } from './scene.js';

/** The printed card's layout, as on the cards held up to the camera: QR side 0.6 of the card's height, 6×4 in. */
const CARD_ASPECT = 1.45;
const QR_OF_HEIGHT = 0.6;
const SKINS = ['#f1c7a5', '#c68b63', '#8d5a3b', '#e0ac85'];
const HAIRS = ['#2a1a10', '#a0783c', '#111111', '#5a3a1c'];
const CLOTHES = ['#2f5d9a', '#3f7a3f', '#a33a3a', '#7a4a8a'];

export interface BackgroundCardSvg {
  /** The pupil in the queue, drawn before (behind) the one being photographed. */
  holder: string;
  /** The card and the hand on it, drawn last, so nothing in front hides the code. */
  card: string;
}

/**
 * The next pupil in the queue, smaller because further back, holding their card up beside their head:
 * on the card's outer side (away from the subject in the middle) when their head fits in the frame there.
 * `bust`: only head and shoulders, for a card frame, where a body down to the frame's edge would stand in
 * front of the card held up.
 */
export function drawBackgroundCard({ width: w, height: h }: Frame, card: BackgroundCard, options: { bust?: boolean } = {}): BackgroundCardSvg {
  const pick = <T>(items: readonly T[], salt: string): T => items[hashString(`${card.payload}:${salt}`) % items.length] as T;
  const skin = pick(SKINS, 'skin');
  const side = card.qrSize * Math.max(w, h);
  const ch = side / QR_OF_HEIGHT;
  const cw = ch * CARD_ASPECT;
  const cx = card.x * w;
  const cy = card.y * h;
  const r = ch * 0.5;
  // Head beside the card, a little lower: the arm comes up from the shoulder to the card's lower edge.
  const outward = cx < w / 2 ? -1 : 1;
  const beside = (side: number): number => cx + side * (cw / 2 + r * 0.9);
  const fits = beside(outward) - r > 0 && beside(outward) + r < w;
  const hx = beside(fits ? outward : -outward);
  const toCard = Math.sign(cx - hx);
  const hy = cy + ch * 0.35;
  const shoulderY = hy + r * 1.5;
  const bottom = options.bust ? shoulderY + r * 1.6 : h + 10;
  const body = `M${hx - r * 2.2} ${bottom} L${hx - r * 2.2} ${shoulderY + r * 1.5} C${hx - r * 2.1} ${shoulderY} ${hx - r * 1.2} ${shoulderY - r * 0.2} ${hx} ${shoulderY - r * 0.2}
C${hx + r * 1.2} ${shoulderY - r * 0.2} ${hx + r * 2.1} ${shoulderY} ${hx + r * 2.2} ${shoulderY + r * 1.5} L${hx + r * 2.2} ${bottom} Z`;
  // Fingers over the card's lower edge below the printed text, well clear of the code's quiet zone.
  const handX = cx + cw * 0.22;
  const handY = cy + ch * 0.48;
  const arm = `M${hx + toCard * r * 1.3} ${shoulderY + r * 0.3} L${handX} ${handY + ch * 0.08}`;
  const holder = `<path d="${body}" fill="${pick(CLOTHES, 'clothes')}"/>
<path d="${arm}" stroke="${pick(CLOTHES, 'clothes')}" stroke-width="${r * 0.55}" stroke-linecap="round" fill="none"/>
<ellipse cx="${hx}" cy="${hy - r * 0.1}" rx="${r * 0.85}" ry="${r * 1.02}" fill="${pick(HAIRS, 'hair')}"/>
<ellipse cx="${hx}" cy="${hy + r * 0.05}" rx="${r * 0.72}" ry="${r * 0.92}" fill="${skin}"/>`;

  const qx = cx - cw / 2 + cw * 0.08;
  const qy = cy - side / 2 + ch * 0.06;
  const barsFrom = qx + side + cw * 0.07;
  const bars = [0.62, 1, 0.8]
    .map((f, i) => `<rect x="${barsFrom}" y="${cy - ch * 0.2 + i * ch * 0.12}" width="${(cx + cw / 2 - cw * 0.06 - barsFrom) * f}" height="${ch * 0.05}" fill="#777"/>`)
    .join('');
  const drawn = `<rect x="${cx - cw / 2 + cw * 0.015}" y="${cy - ch / 2 + ch * 0.03}" width="${cw}" height="${ch}" rx="${cw * 0.02}" fill="#000" opacity="0.3"/>
<rect x="${cx - cw / 2}" y="${cy - ch / 2}" width="${cw}" height="${ch}" rx="${cw * 0.02}" fill="#f5f5f1"/>
${qrSvg(card.payload, qx, qy, side)}${bars}
<ellipse cx="${handX}" cy="${handY}" rx="${cw * 0.07}" ry="${ch * 0.09}" fill="${skin}"/>`;
  return { holder, card: drawn };
}

/** The card's outline in frame pixels: what must stay clear of the subject's face, and inside the frame. */
export function backgroundCardBox({ width: w, height: h }: Frame, card: BackgroundCard): { x: number; y: number; width: number; height: number } {
  const ch = (card.qrSize * Math.max(w, h)) / QR_OF_HEIGHT;
  const cw = ch * CARD_ASPECT;
  return { x: card.x * w - cw / 2, y: card.y * h - ch / 2, width: cw, height: ch };
}

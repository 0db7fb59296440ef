import { drawBackdrop, drawPerson, drawVignette, svgDocument, type Frame } from './draw-person.js';
import { qrPath, qrSvg } from './qr-svg.js';
import type { CardLook, PersonLook, Pose } from './scene.js';

/** Card width / height, a 6×4-inch card held in landscape. */
const CARD_ASPECT = 1.45;

/** A held card keeps this share of the frame's height clear above and below it. */
const HELD_MARGIN = 0.03;
/** The frame's height limits a card to this share of it (a wide frame, a big pose); a larger `size` to the second. */
const MAX_CARD_HEIGHT = 0.84;
const MAX_LARGE_CARD_HEIGHT = 0.92;

/**
 * A person holding a white card that fills about half of the frame. `card.size` scales it; `card.placement`
 * holds it so low, or so far aside, that 15–35 % of it (the pose's `dy` says how much) runs off the frame.
 */
export function renderCardSvg(frame: Frame, look: PersonLook, pose: Pose, card: CardLook): string {
  const { width: w, height: h } = frame;
  const size = card.size ?? 1;
  // Written so that size 1 gives exactly the numbers (and the pixels) of the cards rendered before `size` existed.
  const maxHeight = Math.min(MAX_LARGE_CARD_HEIGHT, MAX_CARD_HEIGHT * Math.max(1, size));
  let cw = w * 0.68 * pose.scale * size;
  if (cw / CARD_ASPECT > h * maxHeight) cw = h * maxHeight * CARD_ASPECT;
  const ch = cw / CARD_ASPECT;
  const { cx, cy } = placeCard(frame, pose, card, cw, ch);
  const person = drawPerson(frame, look, { ...pose, scale: pose.scale * 1.15, dy: pose.dy - 0.02 });
  const content = card.payloads.length > 1 ? drawSiblingFace(cw, ch, card) : drawSingleFace(cw, ch, card);
  const thumb = (side: number): string =>
    `<ellipse cx="${side * (cw / 2 - cw * 0.015)}" cy="${ch * 0.22}" rx="${cw * 0.035}" ry="${cw * 0.055}" fill="${look.skin}"/>`;
  const body = `${drawBackdrop(frame, look)}${person}
<g transform="translate(${cx} ${cy}) rotate(${card.rotation})">
<rect x="${-cw / 2 + cw * 0.01}" y="${-ch / 2 + ch * 0.02}" width="${cw}" height="${ch}" rx="${cw * 0.02}" fill="#000" opacity="0.35"/>
<rect x="${-cw / 2}" y="${-ch / 2}" width="${cw}" height="${ch}" rx="${cw * 0.02}" fill="#f5f5f1"/>
<rect x="${-cw / 2 + cw * 0.05}" y="${-ch / 2 + ch * 0.04}" width="${cw * 0.9}" height="${ch * 0.05}" fill="${look.accent}"/>
${content}${drawGlare(cw, ch, card)}${thumb(-1)}${thumb(1)}
</g>${drawVignette(frame)}`;
  return svgDocument(frame, body);
}

/** Centre of the card: held up as before, or moved so that part of its rotated outline is outside the frame. */
function placeCard(frame: Frame, pose: Pose, card: CardLook, cw: number, ch: number): { cx: number; cy: number } {
  const { width: w, height: h } = frame;
  const heldX = w / 2 + pose.dx * w * 0.5;
  const heldY = Math.min(h - ch / 2 - h * HELD_MARGIN, Math.max(ch / 2 + h * HELD_MARGIN, h * (0.58 + pose.dy)));
  const placement = card.placement ?? 'held';
  if (placement === 'held') return { cx: heldX, cy: heldY };
  // Share of the card's (rotated) extent outside the frame: 15 % for the pose highest up, 35 % for the lowest.
  const cropped = 0.25 + Math.max(-0.04, Math.min(0.04, pose.dy)) * 2.5;
  const angle = (card.rotation * Math.PI) / 180;
  const halfW = (cw * Math.abs(Math.cos(angle)) + ch * Math.abs(Math.sin(angle))) / 2;
  const halfH = (cw * Math.abs(Math.sin(angle)) + ch * Math.abs(Math.cos(angle))) / 2;
  if (placement === 'cropped-bottom') {
    // Its top edge stays in the frame: it is the card's lower part that is lost.
    return { cx: heldX, cy: Math.max(halfH + h * HELD_MARGIN, h - halfH * (1 - 2 * cropped)) };
  }
  // Off the side the pupil leans towards (the pose's dx), the far edge kept in the frame.
  const inside = Math.min(halfW * (1 - 2 * cropped), w - halfW - w * HELD_MARGIN);
  return { cx: pose.dx < 0 ? inside : w - inside, cy: heldY };
}

function qrSideOf(ch: number): number {
  return ch * 0.6;
}

/** QR on the left, printed name/instructions as grey bars on the right. */
function drawSingleFace(cw: number, ch: number, card: CardLook): string {
  const side = qrSideOf(ch);
  const x = -cw / 2 + cw * 0.08;
  const y = -side / 2 + ch * 0.06;
  const qr = card.glare === 'blown' ? '' : qrSvg(card.payloads[0] ?? '', x, y, side);
  const barsFrom = x + side + cw * 0.07;
  const barsWidth = cw / 2 - cw * 0.06 - barsFrom;
  const bars = [0.62, 1, 0.8, 0.45]
    .map((f, i) => `<rect x="${barsFrom}" y="${-ch * 0.2 + i * ch * 0.12}" width="${barsWidth * f}" height="${ch * (i === 1 ? 0.06 : 0.04)}" fill="${i === 1 ? '#333' : '#777'}"/>`)
    .join('');
  return qr + bars;
}

/** Two siblings on one card: two symbols side by side, a caption bar below. */
function drawSiblingFace(cw: number, ch: number, card: CardLook): string {
  const side = ch * 0.5;
  const gap = cw * 0.08;
  const x = -(2 * side + gap) / 2;
  const y = -side / 2 - ch * 0.02;
  const symbols = card.payloads.slice(0, 2).map((payload, i) => qrSvg(payload, x + i * (side + gap), y, side)).join('');
  return `${symbols}<rect x="${x}" y="${y + side + ch * 0.08}" width="${2 * side + gap}" height="${ch * 0.05}" fill="#555"/>`;
}

/**
 * Specular glare. Partial: a window's reflection as a band across the code from its top-right to its bottom-left
 * finder pattern; the top-left finder remains, no decoder reads the symbol and ZXing seldom locates it. Spot: a lamp's
 * hot spot over the top-right finder pattern and the modules around it, the other two finders left. Blown: over the
 * whole face of the card, leaving a white card.
 */
function drawGlare(cw: number, ch: number, card: CardLook): string {
  if (card.glare === 'none') return '';
  const side = qrSideOf(ch);
  const qx = -cw / 2 + cw * 0.08;
  const qy = -side / 2 + ch * 0.06;
  const module = side / qrPath(card.payloads[0] ?? '').size;
  const [cx, cy, rx, ry, angle, solid] =
    card.glare === 'partial'
      ? [qx + side / 2, qy + side / 2, side * 0.8, side * 0.3, -45, 0.75]
      : card.glare === 'spot'
        ? [qx + side - 3.5 * module, qy + 3.5 * module, 8 * module, 7 * module, 30, 0.8]
        : [qx + side * 0.6, 0, cw * 0.55, ch * 0.55, 0, 0.7];
  // Clipped to the card: the reflection is on its glossy surface, not in the air around it.
  return `<defs><radialGradient id="glare"><stop offset="0" stop-color="#fff"/><stop offset="${solid}" stop-color="#fff"/><stop offset="1" stop-color="#fff" stop-opacity="0"/></radialGradient>
<clipPath id="card"><rect x="${-cw / 2}" y="${-ch / 2}" width="${cw}" height="${ch}" rx="${cw * 0.02}"/></clipPath></defs>
<g clip-path="url(#card)"><ellipse transform="rotate(${angle} ${cx} ${cy})" cx="${cx}" cy="${cy}" rx="${rx}" ry="${ry}" fill="url(#glare)"/></g>`;
}

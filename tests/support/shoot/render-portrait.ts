import { drawBackdrop, drawPerson, drawVignette, svgDocument, type Frame } from './draw-person.js';
import { drawBackgroundCard } from './render-background-card.js';
import { qrSvg } from './qr-svg.js';
import type { BackgroundCard, PersonLook, Pose } from './scene.js';

/**
 * A head-and-shoulders photo; with `poster`, a QR poster hangs on the wall behind; with `backgroundCard`,
 * the next pupil in the queue holds their card up behind the subject.
 */
export function renderPortraitSvg(frame: Frame, look: PersonLook, pose: Pose, poster?: string, backgroundCard?: BackgroundCard): string {
  const queue = backgroundCard === undefined ? undefined : drawBackgroundCard(frame, backgroundCard);
  const body = `${drawBackdrop(frame, look)}${poster === undefined ? '' : drawPoster(frame, poster)}${queue?.holder ?? ''}${drawPerson(frame, look, pose)}${queue?.card ?? ''}${drawVignette(frame)}`;
  return svgDocument(frame, body);
}

/** An event poster, upper left, big enough that a decoder finds its code. */
function drawPoster({ height: h }: Frame, payload: string): string {
  const ph = h * 0.56;
  const pw = ph * 0.75;
  const x = h * 0.04;
  const y = h * 0.04;
  const white = pw * 0.8;
  const wx = x + (pw - white) / 2;
  const wy = y + ph * 0.3;
  return `<rect x="${x}" y="${y}" width="${pw}" height="${ph}" fill="#d9a425"/>
<rect x="${x + pw * 0.08}" y="${y + ph * 0.06}" width="${pw * 0.84}" height="${ph * 0.1}" fill="#7a2318"/>
<rect x="${x + pw * 0.08}" y="${y + ph * 0.19}" width="${pw * 0.6}" height="${ph * 0.04}" fill="#5a3a10"/>
<rect x="${wx}" y="${wy}" width="${white}" height="${white}" fill="#f2f2ee"/>
${qrSvg(payload, wx + white * 0.1, wy + white * 0.1, white * 0.8, '#1a1a1a')}`;
}

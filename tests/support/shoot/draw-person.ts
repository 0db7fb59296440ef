import type { PersonLook, Pose } from './scene.js';

export interface Frame {
  width: number;
  height: number;
}

/** A studio backdrop: a gradient mottled by soft light blobs. */
export function drawBackdrop({ width: w, height: h }: Frame, look: PersonLook): string {
  const [top, bottom] = look.backdrop;
  return `<defs>
<linearGradient id="bg" x1="0" y1="0" x2="0.3" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient>
<radialGradient id="spot"><stop offset="0" stop-color="#ffffff" stop-opacity="0.22"/><stop offset="1" stop-color="#ffffff" stop-opacity="0"/></radialGradient>
<radialGradient id="vignette" cx="0.5" cy="0.45" r="0.75"><stop offset="0.55" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.5"/></radialGradient>
<radialGradient id="skinShade" cx="0.4" cy="0.35" r="0.7"><stop offset="0" stop-color="#fff" stop-opacity="0.18"/><stop offset="1" stop-color="#000" stop-opacity="0.22"/></radialGradient>
</defs>
<rect width="${w}" height="${h}" fill="url(#bg)"/>
<ellipse cx="${w * 0.3}" cy="${h * 0.35}" rx="${w * 0.35}" ry="${h * 0.4}" fill="url(#spot)"/>
<ellipse cx="${w * 0.75}" cy="${h * 0.6}" rx="${w * 0.3}" ry="${h * 0.35}" fill="url(#spot)"/>`;
}

/** Head and shoulders, centred, moved by the pose. */
export function drawPerson({ width: w, height: h }: Frame, look: PersonLook, pose: Pose): string {
  const s = h * pose.scale;
  const cx = w / 2 + pose.dx * w;
  const cy = h * (0.36 + pose.dy);
  const shoulder = cy + 0.21 * s;
  const body = `M${cx - 0.44 * s} ${h + 10} C${cx - 0.42 * s} ${shoulder + 0.08 * s} ${cx - 0.32 * s} ${shoulder} ${cx - 0.13 * s} ${shoulder - 0.01 * s}
L${cx + 0.13 * s} ${shoulder - 0.01 * s} C${cx + 0.32 * s} ${shoulder} ${cx + 0.42 * s} ${shoulder + 0.08 * s} ${cx + 0.44 * s} ${h + 10} Z`;
  const collar = `M${cx - 0.09 * s} ${shoulder - 0.01 * s} L${cx} ${shoulder + 0.09 * s} L${cx + 0.09 * s} ${shoulder - 0.01 * s} Z`;
  const eye = (side: number): string => `<ellipse cx="${cx + side * 0.042 * s}" cy="${cy - 0.01 * s}" rx="${0.014 * s}" ry="${0.009 * s}" fill="#2a1f1a"/>`;
  return `<path d="${body}" fill="${look.clothes}"/>
<path d="${collar}" fill="${look.accent}"/>
<rect x="${cx - 0.05 * s}" y="${cy + 0.08 * s}" width="${0.1 * s}" height="${0.13 * s}" fill="${look.skin}"/>
<rect x="${cx - 0.05 * s}" y="${cy + 0.08 * s}" width="${0.1 * s}" height="${0.13 * s}" fill="#000" opacity="0.15"/>
<g transform="rotate(${pose.tilt} ${cx} ${cy + 0.2 * s})">
<ellipse cx="${cx}" cy="${cy - 0.02 * s}" rx="${0.135 * s}" ry="${0.165 * s}" fill="${look.hair}"/>
<ellipse cx="${cx - 0.108 * s}" cy="${cy}" rx="${0.02 * s}" ry="${0.032 * s}" fill="${look.skin}"/>
<ellipse cx="${cx + 0.108 * s}" cy="${cy}" rx="${0.02 * s}" ry="${0.032 * s}" fill="${look.skin}"/>
<ellipse cx="${cx}" cy="${cy}" rx="${0.105 * s}" ry="${0.14 * s}" fill="${look.skin}"/>
<ellipse cx="${cx}" cy="${cy}" rx="${0.105 * s}" ry="${0.14 * s}" fill="url(#skinShade)"/>
<path d="M${cx - 0.115 * s} ${cy - 0.04 * s} Q${cx} ${cy - 0.2 * s} ${cx + 0.115 * s} ${cy - 0.04 * s} Q${cx + 0.1 * s} ${cy - 0.17 * s} ${cx} ${cy - 0.175 * s} Q${cx - 0.1 * s} ${cy - 0.17 * s} ${cx - 0.115 * s} ${cy - 0.04 * s} Z" fill="${look.hair}"/>
${eye(-1)}${eye(1)}
<path d="M${cx - 0.035 * s} ${cy + 0.07 * s} Q${cx} ${cy + 0.095 * s} ${cx + 0.035 * s} ${cy + 0.07 * s}" stroke="#8a4a44" stroke-width="${0.007 * s}" fill="none"/>
</g>`;
}

export function drawVignette({ width: w, height: h }: Frame): string {
  return `<rect width="${w}" height="${h}" fill="url(#vignette)"/>`;
}

export function svgDocument({ width: w, height: h }: Frame, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${body}</svg>`;
}

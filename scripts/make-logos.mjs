#!/usr/bin/env node
/**
 * Writes the site's logo PNGs into public/ from SVG drawn here (no font needed: the letters
 * "KHCN" are strokes). Run again after changing the drawing: `npx node scripts/make-logos.mjs`.
 * Sizes are those of src/lib/brand.ts: 512 × 512 (Open Graph fallback, JSON Feed icon,
 * Organization logo), 144 × 144 (RSS <image>, 144 at most by the spec), 600 × 60 (publisher).
 */
import path from 'node:path';
import sharp from 'sharp';

const root = path.resolve(import.meta.dirname, '..');
const BRAND = '#0b4f8a';

/** "KHCN" in a 380 × 120 box: white bars, diagonals clipped to the box. */
const LETTERS = `
  <defs><clipPath id="letters"><rect width="380" height="120"/></clipPath></defs>
  <g fill="#fff" clip-path="url(#letters)">
    <rect x="0" y="0" width="20" height="120"/>
    <path d="M16 66 L72 -6 M16 54 L72 126" stroke="#fff" stroke-width="22"/>
    <rect x="100" y="0" width="20" height="120"/><rect x="160" y="0" width="20" height="120"/><rect x="100" y="50" width="80" height="20"/>
    <rect x="200" y="0" width="20" height="120"/><rect x="200" y="0" width="80" height="20"/><rect x="200" y="100" width="80" height="20"/>
    <rect x="300" y="0" width="20" height="120"/><rect x="360" y="0" width="20" height="120"/>
    <path d="M306 -4 L374 124" stroke="#fff" stroke-width="24"/>
  </g>`;

function square(size) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 512 512">
  <rect width="512" height="512" rx="64" fill="${BRAND}"/>
  <g transform="translate(66 166)">${LETTERS}</g>
  <rect x="66" y="326" width="380" height="12" fill="#f2b705"/>
</svg>`;
}

function wide() {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="60" viewBox="0 0 600 60">
  <rect width="600" height="60" fill="${BRAND}"/>
  <g transform="translate(20 8) scale(0.366)">${LETTERS}</g>
  <rect x="170" y="27" width="410" height="6" fill="#f2b705"/>
</svg>`;
}

const outputs = [
  ['logo.png', square(512)],
  ['logo-144.png', square(144)],
  ['logo-publisher.png', wide()],
];
for (const [name, svg] of outputs) {
  await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toFile(path.join(root, 'public', name));
  console.log(`public/${name}`);
}

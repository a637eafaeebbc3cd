// Renders the extension's icons from their SVG sources in docs/icons/ with the Chromium the
// tests already use (playwright-core, no extra dependency):
//   docs/icons/icon-16.svg -> public/icon/16.png
//   docs/icons/icon-32.svg -> public/icon/32.png
//   docs/icons/icon.svg    -> public/icon/48.png (full size)
//   docs/icons/icon.svg    -> public/icon/128.png and docs/store/icon-128.png: the artwork in
//                             the central 96 x 96, 16 px of transparent padding on each side
//                             (the Chrome Web Store's rule for the 128 px icon).
// `node tests/tools/render-icons.mjs --preview` also writes .tmp/icons-preview.png: every
// icon enlarged pixel for pixel and at its real size, on a light and a dark background.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHROMIUM_BIN =
  process.env.CHROMIUM_BIN ?? (existsSync('/usr/lib/chromium/chromium') ? '/usr/lib/chromium/chromium' : '/usr/bin/chromium');

/** source SVG, canvas size, artwork size (centred), outputs */
const ICONS = [
  { svg: 'docs/icons/icon-16.svg', canvas: 16, art: 16, out: ['public/icon/16.png'] },
  { svg: 'docs/icons/icon-32.svg', canvas: 32, art: 32, out: ['public/icon/32.png'] },
  { svg: 'docs/icons/icon.svg', canvas: 48, art: 48, out: ['public/icon/48.png'] },
  { svg: 'docs/icons/icon.svg', canvas: 128, art: 96, out: ['public/icon/128.png', 'docs/store/icon-128.png'] },
];

const dataUrl = (bytes, type) => `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;

const browser = await chromium.launch({ executablePath: CHROMIUM_BIN, args: ['--force-color-profile=srgb'] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  const rendered = [];
  for (const icon of ICONS) {
    const svg = readFileSync(`${ROOT}${icon.svg}`);
    const pad = (icon.canvas - icon.art) / 2;
    await page.setViewportSize({ width: icon.canvas, height: icon.canvas });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">` +
        `<img src="${dataUrl(svg, 'image/svg+xml')}" width="${icon.art}" height="${icon.art}" style="display:block;position:absolute;left:${pad}px;top:${pad}px">` +
        `</body></html>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: icon.canvas, height: icon.canvas } });
    for (const out of icon.out) {
      mkdirSync(`${ROOT}${out.replace(/\/[^/]+$/, '')}`, { recursive: true });
      writeFileSync(`${ROOT}${out}`, png);
      console.log(`${out}  ${icon.canvas}x${icon.canvas}  ${png.length} bytes  (from ${icon.svg})`);
    }
    rendered.push({ size: icon.canvas, png });
  }

  if (process.argv.includes('--preview')) {
    const scale = (size) => Math.max(2, Math.floor(128 / size));
    const row = (bg) =>
      `<div style="display:flex;gap:16px;align-items:flex-end;padding:16px;background:${bg}">` +
      rendered
        .map(
          ({ size, png }) =>
            `<img src="${dataUrl(png, 'image/png')}" width="${size * scale(size)}" style="image-rendering:pixelated">` +
            `<img src="${dataUrl(png, 'image/png')}" width="${size}">`,
        )
        .join('') +
      `</div>`;
    await page.setViewportSize({ width: 900, height: 400 });
    await page.setContent(`<html><body style="margin:0">${row('#ffffff')}${row('#f3f2ef')}${row('#1d2226')}</body></html>`);
    mkdirSync(`${ROOT}.tmp`, { recursive: true });
    await page.screenshot({ path: `${ROOT}.tmp/icons-preview.png`, fullPage: true });
    console.log('.tmp/icons-preview.png');
  }
} finally {
  await browser.close();
}

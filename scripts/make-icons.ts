/**
 * Developer tool: renders public/icons/icon.svg to the PNG icons the manifest lists, with headless
 * Chromium (the maskable one with the safe-zone padding). Run after editing the SVG:
 *   npx tsx scripts/make-icons.ts
 */
import { readFileSync } from 'node:fs';
import { launchBrowser } from './browser';

const svg = readFileSync('public/icons/icon.svg', 'utf8');
const browser = await launchBrowser();
const page = await browser.newPage();
for (const [file, size, padding] of [['icon-192.png', 192, 0], ['icon-512.png', 512, 0], ['maskable-512.png', 512, 0.1]] as const) {
  await page.setViewportSize({ width: size, height: size });
  const inner = size * (1 - 2 * padding);
  await page.setContent(
    `<body style="margin:0;background:#0d6455;display:grid;place-items:center;height:${size}px">` +
      `<div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body>`,
  );
  await page.screenshot({ path: `public/icons/${file}`, omitBackground: padding === 0 });
}
await browser.close();

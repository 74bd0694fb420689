#!/usr/bin/env node
// Development aid: screenshot a page in Debian's Chromium after it settles.
//   node scripts/screenshot.mjs <url> <out.png> [waitForSelector] [width] [height]
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const [url, out, selector, width = '1280', height = '1000'] = process.argv.slice(2);
if (!url || !out) {
  console.error(
    'Usage: node scripts/screenshot.mjs <url> <out.png> [waitForSelector] [width] [height]',
  );
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const page = await browser.newPage({
    viewport: { width: Number(width), height: Number(height) },
  });
  page.on('console', (m) => console.log(`[console.${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
  await page.goto(url, { waitUntil: 'networkidle' });
  if (selector) await page.waitForSelector(selector, { timeout: 30000 });
  await page.screenshot({ path: out, fullPage: true });
} finally {
  await browser.close();
}

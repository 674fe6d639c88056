// `npm run icon`: renders the marketplace icon media/icon.png (128×128) from the activity-bar glyph
// media/notes.svg, drawn white on a coloured tile, through the same Chromium the integration tests use.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { root } from '../test/integration/codeServer.mjs';

const SIZE = 128;
const glyph = readFileSync(join(root, 'media', 'notes.svg'), 'utf8')
	.replace('width="24" height="24"', `width="${SIZE * 0.66}" height="${SIZE * 0.66}"`)
	.replace('currentColor', '#ffffff');
const html = `<!doctype html><html><body style="margin:0;background:transparent">
<div style="width:${SIZE}px;height:${SIZE}px;border-radius:${SIZE * 0.19}px;display:flex;align-items:center;justify-content:center;
background:linear-gradient(135deg,#2f80c8,#1b4f8c)">${glyph}</div></body></html>`;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
	const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE } });
	await page.setContent(html);
	const file = join(root, 'media', 'icon.png');
	await page.screenshot({ path: file, omitBackground: true });
	console.log(`icon: wrote ${file}`);
} finally {
	await browser.close();
}

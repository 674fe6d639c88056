import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The README is the extension's page: its Commands and Settings tables must list what package.json
// contributes, under the names and defaults a user sees.
const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const nls: Record<string, string> = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8'));
const readme = readFileSync(join(root, 'README.md'), 'utf8');

const localized = (text: string) => text.replace(/^%(.+)%$/, (_, key: string) => nls[key]);

/** The table rows of a `## heading` section, as cells. */
function tableRows(heading: string): string[][] {
	const start = readme.indexOf(`\n## ${heading}\n`);
	assert.ok(start >= 0, `README has no "## ${heading}" section`);
	const end = readme.indexOf('\n## ', start + 1);
	return readme
		.slice(start, end < 0 ? undefined : end)
		.split('\n')
		.filter((l) => l.startsWith('|') && !/^\|[-| ]+\|$/.test(l))
		.slice(1) // the header row
		.map((l) =>
			l
				.split(/(?<!\\)\|/)
				.slice(1, -1)
				.map((c) => c.trim()),
		);
}

suite('README: the extension page', () => {
	test('the Commands table lists every contributed command, by its title, once', () => {
		const rows = tableRows('Commands');
		const hidden = new Set<string>(
			manifest.contributes.menus.commandPalette.filter((m: { when: string }) => m.when === 'never').map((m: { command: string }) => m.command),
		);
		for (const c of manifest.contributes.commands as { command: string; title: string; category: string }[]) {
			const matching = rows.filter((r) => r[1] === `\`${c.command}\``);
			assert.strictEqual(matching.length, 1, `one row for ${c.command}`);
			// Commands hidden from the palette appear in menus by their title alone.
			const title = hidden.has(c.command) ? localized(c.title) : `\`${localized(c.category)}: ${localized(c.title)}\``;
			assert.strictEqual(matching[0][0], title, `the title of ${c.command}`);
		}
		assert.strictEqual(rows.length, manifest.contributes.commands.length, 'no row for a command that is not contributed');
	});

	test('the Settings table lists every setting with its default', () => {
		const rows = tableRows('Settings');
		const properties = manifest.contributes.configuration.properties as Record<string, { default: unknown }>;
		for (const [key, { default: value }] of Object.entries(properties)) {
			const row = rows.find((r) => r[0] === `\`${key}\``);
			assert.ok(row, `a row for ${key}`);
			if (Array.isArray(value) && value.length > 0) {
				assert.ok(
					value.some((v) => row[1].includes(String(v).replace(/^\*\*\/|\/\*\*$/g, ''))),
					`${key}: the default ${row[1]} names part of ${JSON.stringify(value)}`,
				);
			} else {
				assert.strictEqual(row[1], `\`${typeof value === 'string' && value === '' ? '""' : Array.isArray(value) ? '[]' : String(value)}\``, `${key}: default`);
			}
		}
		assert.strictEqual(rows.length, Object.keys(properties).length, 'no row for a setting that is not contributed');
	});

	test('the pictures it shows are in media/', () => {
		const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]);
		assert.ok(images.length >= 3);
		for (const image of images) {
			readFileSync(join(root, image));
		}
	});
});

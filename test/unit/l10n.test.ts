import * as assert from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

// Every user-facing string has an English source and a Korean translation, and the English bundle is
// exactly what the code asks for: a string added to src/ without `npm run l10n` fails here.
const root = join(__dirname, '..', '..');
const readJson = (...p: string[]): Record<string, string> => JSON.parse(readFileSync(join(root, ...p), 'utf8'));
const manifest = readFileSync(join(root, 'package.json'), 'utf8');
const nls = readJson('package.nls.json');
const nlsKo = readJson('package.nls.ko.json');
const bundle = readJson('l10n', 'bundle.l10n.json');
const bundleKo = readJson('l10n', 'bundle.l10n.ko.json');

/** Strings that read the same in Korean: names and a format. */
const SAME_IN_KOREAN = new Set(['TIL', 'TIL Notes', 'Markdown']);

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
	);
}

/** The message of every `l10n.t(...)` call in src/, or a complaint where it is not a literal. */
function l10nMessages(): { messages: Set<string>; problems: string[] } {
	const messages = new Set<string>();
	const problems: string[] = [];
	for (const file of sourceFiles(join(root, 'src'))) {
		const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
		const visit = (node: ts.Node): void => {
			if (ts.isCallExpression(node) && /(^|\.)l10n\.t$/.test(node.expression.getText(source))) {
				const [first] = node.arguments;
				if (first && ts.isStringLiteralLike(first)) {
					messages.add(first.text);
				} else {
					const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
					problems.push(`${file}:${line + 1}: l10n.t needs a string literal, so the bundle can be checked`);
				}
			}
			ts.forEachChild(node, visit);
		};
		visit(source);
	}
	return { messages, problems };
}

/** `{0}`, `$(icon)`, `` `code` ``, `#setting#` and link targets must survive translation unchanged. */
function tokens(text: string): string[] {
	const found = text.match(/\{\d+\}|\$\([\w-]+\)|#[\w.]+#|\]\([^)]*\)|tilNotes\.\w+/g) ?? [];
	return found.sort();
}

function assertTranslated(english: Record<string, string>, korean: Record<string, string>, what: string): void {
	assert.deepStrictEqual(Object.keys(korean).sort(), Object.keys(english).sort(), `${what}: the Korean keys are the English keys`);
	for (const [key, en] of Object.entries(english)) {
		const ko = korean[key];
		assert.ok(typeof ko === 'string' && ko.trim() !== '', `${what}: "${key}" has no Korean text`);
		if (!SAME_IN_KOREAN.has(en)) {
			assert.notStrictEqual(ko, en, `${what}: "${key}" is still English`);
			assert.match(ko, /[\uac00-\ud7a3]/, `${what}: "${key}" has no Hangul`);
		}
		assert.deepStrictEqual(tokens(ko), tokens(en), `${what}: "${key}" must keep its placeholders, icons, settings and links`);
	}
}

suite('localization: English and Korean', () => {
	test('every %key% in package.json is in package.nls.json, and every key there is used', () => {
		const used = new Set([...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]));
		assert.ok(used.size > 20);
		for (const key of used) {
			assert.ok(typeof nls[key] === 'string', `package.nls.json lacks ${key}`);
		}
		for (const key of Object.keys(nls)) {
			assert.ok(used.has(key), `package.nls.json has ${key}, which package.json does not use`);
		}
	});

	test('every l10n.t literal in src/ is in l10n/bundle.l10n.json, and nothing else is (`npm run l10n`)', () => {
		const { messages, problems } = l10nMessages();
		assert.deepStrictEqual(problems, []);
		assert.ok(messages.size > 20);
		assert.deepStrictEqual(Object.keys(bundle).sort(), [...messages].sort());
		for (const [key, value] of Object.entries(bundle)) {
			assert.strictEqual(value, key);
		}
	});

	test('package.nls.ko.json translates every manifest string', () => {
		assertTranslated(nls, nlsKo, 'package.nls.ko.json');
	});

	test('l10n/bundle.l10n.ko.json translates every runtime string', () => {
		assertTranslated(bundle, bundleKo, 'bundle.l10n.ko.json');
	});

	test('the checks catch an untranslated or broken string', () => {
		assert.throws(() => assertTranslated({ a: 'Open {0}' }, { a: 'Open {0}' }, 't'), /still English/);
		assert.throws(() => assertTranslated({ a: 'Open {0}' }, { a: '열기' }, 't'), /placeholders/);
		assert.throws(() => assertTranslated({ a: 'Open', b: 'Close' }, { a: '열기' }, 't'), /Korean keys/);
	});
});

// A note someone else wrote (a cloned repository) must not act through what the extension renders.
import * as assert from 'node:assert';
import { inertMarkdown } from '../../src/core/tree/inertMarkdown';
import { renderHover } from '../../src/core/hover/hoverText';
import type { Note } from '../../src/core/note';
import { notePreview } from '../../src/core/tree/notePreview';
import { readNotesFile } from '../../src/core/parse/noteFile';
import { FOREIGN, HOSTILE_BODY } from '../support/badNotes';

const hostile = (): Note => {
	const text = `## 2024-05-05\n- hostile <script>alert(1)</script> [t](command:workbench.action.terminal.new)\n${HOSTILE_BODY.replace(/^/gm, '  ')}\n`;
	return readNotesFile(new TextEncoder().encode(text), { uri: 'file:///n/h.md', fileName: 'h.md', folderName: '' }).notes[0];
};

function assertInert(markdown: string, where: string): void {
	for (const [what, pattern] of Object.entries(FOREIGN)) {
		assert.ok(!pattern.test(markdown), `${where} carries a ${what}:\n${markdown}`);
	}
}

suite('hostile notes', () => {
	test('the fixture is hostile: each pattern catches its attack in the raw note', () => {
		const raw = hostile().title + '\n' + hostile().body;
		for (const [what, pattern] of Object.entries(FOREIGN)) {
			assert.ok(pattern.test(raw), what);
		}
	});

	test('the tree tooltip preview: no command link, raw HTML or remote image; the words stay', () => {
		const preview = notePreview(hostile(), 20);
		assertInert(preview, 'the preview');
		assert.match(preview, /&lt;script>alert/);
		assert.match(preview, /tracker/);
	});

	test('the hover: no command link but ours, no raw HTML or remote image', () => {
		const note = hostile();
		const md = renderHover(
			'hostilekw',
			[
				{ note, line: note.bodyLine },
				{ note, line: note.bodyLine + 3 },
			],
			{ open: () => 'command:_tilNotes.openNote?x', search: () => 'command:tilNotes.search?y' },
			{ open: 'Open', search: 'Search' },
		);
		assertInert(md, 'the hover');
	});

	test('inert Markdown keeps formatting, links to click, local images and code as written', () => {
		assert.strictEqual(
			inertMarkdown('**bold** [site](https://example.com) ![diagram](img/d.png)'),
			'**bold** [site](https://example.com) ![diagram](img/d.png)',
		);
		assert.strictEqual(inertMarkdown('`<b>` and `![x](https://e.com/x.png)`'), '`<b>` and `![x](https://e.com/x.png)`');
		assert.strictEqual(inertMarkdown('```html\n<script>ok in code</script>\n```\n<script>'), '```html\n<script>ok in code</script>\n```\n&lt;script>');
		assert.strictEqual(inertMarkdown('![a](//cdn.example/x.png) ![b]( <https://e.com/y.png>) ![c](data:image/png;base64,AAA)'), 'a b c');
		assert.strictEqual(inertMarkdown('![a](https://x/(![b](https://evil.png)'), 'a');
		assert.strictEqual(inertMarkdown('[run](command:workbench.action.terminal.new) [r2]( COMMAND:x)'), 'run r2');
		assert.strictEqual(inertMarkdown('  [pix]: https://attacker.example/ref.png'), '  \\[pix]: https://attacker.example/ref.png');
	});
});

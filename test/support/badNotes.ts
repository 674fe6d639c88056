// Bad and hostile notes, made at test time (nothing big or binary is committed): the unit suite
// reads them from memory, the integration suite writes them to a temporary notes folder.

/** Bytes of `text` in EUC-KR/CP949. Node has no encoder for it, so the decoder's table is inverted. */
export function encodeEucKr(text: string): Uint8Array {
	const table = eucKrTable();
	const out: number[] = [];
	for (const ch of text) {
		const code = ch.codePointAt(0)!;
		if (code < 0x80) {
			out.push(code);
		} else {
			const pair = table.get(ch);
			if (!pair) {
				throw new Error(`${ch} has no EUC-KR code`);
			}
			out.push(...pair);
		}
	}
	return Uint8Array.from(out);
}

let table: Map<string, [number, number]> | undefined;
/**
 * KS X 1001 from the runtime's decoder, plus CP949's extension (UHC), computed: the 8,822 Hangul
 * syllables KS X 1001 lacks, in Unicode order, fill leads 0x81-0xC6 (trails 0x41-0x5A, 0x61-0x7A,
 * 0x81-0xFE; only up to 0xA0 from lead 0xA1 on). Node's decoder knows only the first part.
 */
function eucKrTable(): Map<string, [number, number]> {
	if (!table) {
		table = new Map();
		const decoder = new TextDecoder('euc-kr', { fatal: true });
		for (let lead = 0xa1; lead <= 0xfe; lead++) {
			for (let trail = 0xa1; trail <= 0xfe; trail++) {
				try {
					const ch = decoder.decode(Uint8Array.of(lead, trail));
					if (ch.length === 1 && ch.charCodeAt(0) > 0x7f && ch !== '\ufffd' && !table.has(ch)) {
						table.set(ch, [lead, trail]);
					}
				} catch {
					// not a pair
				}
			}
		}
		const extension: string[] = [];
		for (let code = 0xac00; code <= 0xd7a3; code++) {
			if (!table.has(String.fromCharCode(code))) {
				extension.push(String.fromCharCode(code));
			}
		}
		let k = 0;
		for (let lead = 0x81; lead <= 0xc6; lead++) {
			for (let trail = 0x41; trail <= (lead <= 0xa0 ? 0xfe : 0xa0); trail++) {
				if ((trail > 0x5a && trail < 0x61) || (trail > 0x7a && trail < 0x81)) {
					continue;
				}
				if (k < extension.length) {
					table.set(extension[k++], [lead, trail]);
				}
			}
		}
	}
	return table;
}

/** The start of a PNG: what a binary file with a `.md` name looks like. */
export function pngBytes(): Uint8Array {
	const header = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52];
	return Uint8Array.from([...header, ...Array.from({ length: 512 }, (_, i) => (i * 37) % 256)]);
}

/** A journal of `lines` lines: days of five notes, each with a nested bullet and a code block. */
export function bigJournal(lines: number): string {
	const out: string[] = [];
	for (let day = 0; out.length < lines; day++) {
		const d = new Date(Date.UTC(2000, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
		out.push(`## ${d}`, '');
		for (let n = 0; n < 5 && out.length < lines; n++) {
			out.push(`- topic${day}x${n}(note ${n} of day ${day})`, `  - word${day}w${n}: 설명 ${n}`, '    ```sh', `    echo ${day}`, '    ```');
		}
		out.push('');
	}
	return out.slice(0, lines).join('\n');
}

/** `depth` nested bullets, then `depth` nested quotes, under one journal note. */
export function deepNesting(depth: number): string {
	const bullets = Array.from({ length: depth }, (_, i) => `${'  '.repeat(i + 1)}- level${i} deepword`);
	return `## 2024-02-02\n- deepnest\n${bullets.join('\n')}\n  ${'>'.repeat(depth)} quoted deepquote\n  ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
}

/** Note text that tries to run a command, load remote content, and inject HTML. */
export const HOSTILE_BODY = [
	'- `hostilekw`: [x](command:workbench.action.terminal.new) and [y](command:workbench.action.terminal.new?%5B%5D)',
	'- <img src="https://attacker.example/pixel.png" onerror="alert(1)">',
	'- <script>alert("hostile")</script>',
	'- ![tracker](https://attacker.example/track.png) ![ref][pix]',
	'- <a href="command:workbench.action.terminal.new">click</a>',
	'',
	'[pix]: https://attacker.example/ref.png',
].join('\n');

/** What must not appear, live, in anything a hostile note renders to. */
export const FOREIGN = {
	commandLink: /\]\(\s*<?command:workbench/i,
	rawHtml: /<(img|script|a|iframe|svg|style)\b/i,
	remoteImage: /!\[[^\]]*\]\(\s*<?(https?:)?\/\/|^\s*\[[^\]]+\]:\s*<?(https?:)?\/\//im,
};

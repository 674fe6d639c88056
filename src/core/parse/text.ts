/**
 * Bytes to text, so that parsers only ever see `\n`-separated lines.
 *
 * UTF-8 with or without BOM and UTF-16 with a BOM are decoded exactly. Other bytes are a guess,
 * and the guess is reported: older Korean notes are EUC-KR/CP949, Western ones Windows-1252,
 * and a UTF-8 file with a few broken sequences is still UTF-8. Bytes that fit none of these are
 * not indexed at all: garbled text would match nothing the user types and show as mojibake.
 */
export interface DecodedText {
	text: string;
	/** Set when the bytes were not what we expected; the text is still usable. */
	warning?: string;
	/** Set when the bytes are not text we can read (`text` is then ''): why. */
	unreadable?: string;
}

/** How far to look for a NUL byte, as Git does to tell binary files from text. */
const BINARY_SNIFF_BYTES = 8000;

export function decodeText(bytes: Uint8Array): DecodedText {
	if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
		return { text: normalizeLineEnds(new TextDecoder('utf-16le').decode(bytes.subarray(2))) };
	}
	if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
		return { text: normalizeLineEnds(new TextDecoder('utf-16be').decode(bytes.subarray(2))) };
	}
	if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
		return { text: '', unreadable: 'binary content (a NUL byte), not text' };
	}
	try {
		// `ignoreBOM: false` (the default) drops a UTF-8 BOM.
		return { text: normalizeLineEnds(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
	} catch {
		// not UTF-8: guessed below
	}
	const korean = decodeKorean(bytes);
	if (korean !== undefined) {
		return { text: normalizeLineEnds(korean), warning: 'not UTF-8; read as EUC-KR (CP949)' };
	}
	const lenient = new TextDecoder('utf-8').decode(bytes);
	const { valid, replaced } = countNonAscii(lenient);
	if (valid > replaced) {
		// Mostly UTF-8 (Korean or accented text that decodes), with some damage.
		const sequences = replaced === 1 ? '1 invalid UTF-8 sequence' : `${replaced} invalid UTF-8 sequences`;
		return { text: normalizeLineEnds(lenient), warning: `${sequences} replaced by U+FFFD` };
	}
	if (pairedHighBytes(bytes)) {
		// High bytes in pairs are a double-byte encoding (Shift-JIS, GBK, Big5, broken EUC-KR…):
		// read as Windows-1252 they would be mojibake.
		return { text: '', unreadable: 'not UTF-8, nor EUC-KR or Windows-1252 text this runtime can decode; convert it to UTF-8 to index it' };
	}
	return { text: normalizeLineEnds(new TextDecoder('windows-1252').decode(bytes)), warning: 'not valid UTF-8; read as Windows-1252' };
}

/** CRLF and lone CR become LF, a leading BOM goes: line numbers stay those an editor shows. */
export function normalizeLineEnds(text: string): string {
	const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	return withoutBom.indexOf('\r') === -1 ? withoutBom : withoutBom.replace(/\r\n?/g, '\n');
}

/**
 * The text as EUC-KR/CP949, when it decodes in full and its non-ASCII characters are mostly
 * Hangul (Latin text can happen to decode too, as Hanja and symbols). WHATWG's `euc-kr` is
 * Microsoft's CP949, as in browsers, but Node's (ICU's) covers only KS X 1001 and silently drops
 * what it cannot map, even with `fatal`: so the decoded text is checked against the bytes
 * (one character per ASCII byte, one per two-byte pair), and a partial decoding is no decoding.
 */
function decodeKorean(bytes: Uint8Array): string | undefined {
	let ascii = 0;
	let pairs = 0;
	for (let i = 0; i < bytes.length; i++) {
		if (bytes[i] < 0x80) {
			ascii++;
		} else if (i + 1 < bytes.length) {
			pairs++;
			i++;
		} else {
			return undefined;
		}
	}
	let text: string;
	try {
		text = new TextDecoder('euc-kr', { fatal: true }).decode(bytes);
	} catch {
		return undefined; // also a runtime without the legacy decoders (small-ICU builds)
	}
	let decodedAscii = 0;
	let nonAscii = 0;
	let hangul = 0;
	for (const ch of text) {
		const code = ch.codePointAt(0)!;
		if (code < 0x80) {
			decodedAscii++;
		} else {
			nonAscii++;
			if ((code >= 0xac00 && code <= 0xd7a3) || (code >= 0x3130 && code <= 0x318f)) {
				hangul++;
			}
		}
	}
	const complete = decodedAscii === ascii && nonAscii === pairs && !text.includes('\ufffd');
	return complete && nonAscii > 0 && hangul >= nonAscii / 2 ? text : undefined;
}

function countNonAscii(text: string): { valid: number; replaced: number } {
	let valid = 0;
	let replaced = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code === 0xfffd) {
			replaced++;
		} else if (code > 0x7f && !(code >= 0xdc00 && code <= 0xdfff)) {
			valid++; // a surrogate pair counts once
		}
	}
	return { valid, replaced };
}

/** True when most bytes above 0x7F come in runs of two or more, as in double-byte encodings. */
function pairedHighBytes(bytes: Uint8Array): boolean {
	let high = 0;
	let inRuns = 0;
	for (let i = 0; i < bytes.length; i++) {
		if (bytes[i] > 0x7f) {
			high++;
			if ((i > 0 && bytes[i - 1] > 0x7f) || (i + 1 < bytes.length && bytes[i + 1] > 0x7f)) {
				inRuns++;
			}
		}
	}
	return high > 0 && inRuns > high / 2;
}

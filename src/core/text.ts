/**
 * Bytes to text, so that parsers only ever see `\n`-separated lines.
 *
 * UTF-8 with or without BOM and UTF-16 with a BOM are decoded exactly; bytes that are not
 * valid UTF-8 are decoded as Windows-1252 (the usual other encoding of hand-written notes)
 * and reported, so the note is still indexed and the user learns why it may look odd.
 */
export interface DecodedText {
	text: string;
	/** Set when the bytes were not what we expected; the text is still usable. */
	warning?: string;
}

export function decodeText(bytes: Uint8Array): DecodedText {
	if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
		return { text: normalizeLineEnds(new TextDecoder('utf-16le').decode(bytes.subarray(2))) };
	}
	if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
		return { text: normalizeLineEnds(new TextDecoder('utf-16be').decode(bytes.subarray(2))) };
	}
	try {
		// `ignoreBOM: false` (the default) drops a UTF-8 BOM.
		const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		return { text: normalizeLineEnds(text) };
	} catch {
		const text = new TextDecoder('windows-1252').decode(bytes);
		return { text: normalizeLineEnds(text), warning: 'not valid UTF-8; read as Windows-1252' };
	}
}

/** CRLF and lone CR become LF, a leading BOM goes: line numbers stay those an editor shows. */
export function normalizeLineEnds(text: string): string {
	const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	return withoutBom.indexOf('\r') === -1 ? withoutBom : withoutBom.replace(/\r\n?/g, '\n');
}

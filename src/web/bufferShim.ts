// Injected into the web bundle only (esbuild.mjs): stands in for Node's global Buffer, which the
// web worker lacks. gray-matter's one use, `Buffer.from(string)` for a copy of its input that we
// never read, needs just this; esbuild rewrites the bundle's free `Buffer` references to it.
export const Buffer = {
	from: (text: string): Uint8Array => new TextEncoder().encode(text),
	isBuffer: (_value: unknown): boolean => false,
};

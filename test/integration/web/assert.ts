// The few assertions the web suite needs: node:assert is not in the web worker, and a bundled
// copy of it would be larger than this whole suite.
export class AssertionError extends Error {
	override name = 'AssertionError';
}

export function ok(value: unknown, message: string): asserts value {
	if (!value) {
		throw new AssertionError(message);
	}
}

export function equal<T>(actual: T, expected: T, message: string): void {
	if (actual !== expected) {
		throw new AssertionError(`${message}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
	}
}

export function match(text: string, pattern: RegExp, message: string): void {
	if (!pattern.test(text)) {
		throw new AssertionError(`${message}: ${pattern} does not match ${JSON.stringify(text.slice(0, 500))}`);
	}
}

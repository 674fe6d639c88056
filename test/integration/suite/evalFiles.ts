// Where the shared evaluation sets and corpus live, seen from inside the extension host.
import * as assert from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

/** `TIL_SHARED_DIR`, else `../shared` beside the repository (as on the dev and CI machines). */
export function sharedDir(): string {
	const candidates = [process.env.TIL_SHARED_DIR, path.resolve(__dirname, '..', '..', '..', 'shared'), '/work/shared'];
	const found = candidates.find((c): c is string => !!c && existsSync(path.join(c, 'eval')));
	assert.ok(found, `shared eval sets not found (tried ${candidates.filter(Boolean).join(', ')}); set TIL_SHARED_DIR`);
	return found;
}

export function readShared<T>(...segments: string[]): T {
	return JSON.parse(readFileSync(path.join(sharedDir(), ...segments), 'utf8')) as T;
}

export function corpusDir(): string {
	return path.join(sharedDir(), 'corpora', 'jbranchaud-til');
}

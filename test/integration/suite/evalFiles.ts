// Where the shared evaluation sets and corpus live, seen from inside the extension host.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { sharedDir as sharedDirOf } from '../../support/sharedDir';

/** Built to out/integration/, two levels below the repository root. */
export function sharedDir(): string {
	return sharedDirOf(path.resolve(__dirname, '..', '..'));
}

export function readShared<T>(...segments: string[]): T {
	return JSON.parse(readFileSync(path.join(sharedDir(), ...segments), 'utf8')) as T;
}

export function corpusDir(): string {
	return path.join(sharedDir(), 'corpora', 'jbranchaud-til');
}

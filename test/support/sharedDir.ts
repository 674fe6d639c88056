// Where the shared evaluation sets and corpus live: `TIL_SHARED_DIR`, else `shared/` beside the
// repository (as on the dev machines), else /work/shared (a clone elsewhere on those machines).
import { existsSync } from 'node:fs';
import * as path from 'node:path';

export function sharedDir(repoRoot: string): string {
	const candidates = [process.env.TIL_SHARED_DIR, path.resolve(repoRoot, '..', 'shared'), '/work/shared'];
	const found = candidates.find((c): c is string => !!c && existsSync(path.join(c, 'eval')));
	if (!found) {
		throw new Error(`shared eval sets not found (tried ${candidates.filter(Boolean).join(', ')}); set TIL_SHARED_DIR`);
	}
	return found;
}

// `npm run screenshots`: retakes the README's pictures (media/*.png) from the real VS Code. Runs the
// integration tests that call screenshot(name) (see test/integration/suite/helpers.ts) with
// TIL_SCREENSHOTS=1, so each picture is the state those tests have just asserted.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../test/integration/codeServer.mjs';

/** The pictures, and the tests that take them (matched against mocha's full titles). */
const SHOTS = {
	sidebar: 'the sidebar as a user sees it \\(README screenshot\\)',
	'search-korean': 'a Korean query lists the note',
	'search-english': 'an English query keeps the index order',
	'hover-sysctl': 'a real hover over sysctl',
};

// Chromium draws Hangul it has no font for as empty boxes; the Korean notes need one.
const fonts = spawnSync('fc-list', [':lang=ko', 'family'], { encoding: 'utf8' });
if (fonts.status !== 0 || !fonts.stdout.trim()) {
	console.error(
		'screenshots: no Korean font found (fc-list :lang=ko), so Hangul would show as boxes.\n' +
			'Install one first, e.g. on Debian/Ubuntu (as root): apt-get install -y fonts-nanum',
	);
	process.exit(1);
}

const run = (cmd, args, env = {}) => {
	const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
	if (r.status !== 0) process.exit(r.status ?? 1);
};
const started = Date.now();
run('npm', ['run', 'build']);
run(process.execPath, [join(root, 'test', 'integration', 'runTests.mjs')], {
	TIL_SCREENSHOTS: '1',
	TIL_TEST_GREP: Object.values(SHOTS).join('|'),
});

const stale = Object.keys(SHOTS).filter((name) => {
	try {
		return statSync(join(root, 'media', `${name}.png`)).mtimeMs < started;
	} catch {
		return true;
	}
});
if (stale.length) {
	console.error(`screenshots: not retaken: ${stale.join(', ')} (did a test title in SHOTS change?)`);
	process.exit(1);
}
console.log(
	`screenshots: ${Object.keys(SHOTS)
		.map((n) => `media/${n}.png`)
		.join(', ')} retaken`,
);

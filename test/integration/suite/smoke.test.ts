import * as assert from 'node:assert';
import { getApi } from './helpers';

suite('smoke', () => {
	test('extension activates and lists notes', async () => {
		const api = await getApi();
		assert.ok(Array.isArray(api.notes()));
	});
});

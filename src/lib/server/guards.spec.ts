import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from './guards';

describe('safeRedirectPath', () => {
	it('keeps same-site paths with their query', () => {
		expect(safeRedirectPath('/vet')).toBe('/vet');
		expect(safeRedirectPath('/admin/staff?page=2')).toBe('/admin/staff?page=2');
	});

	it('refuses anything that could leave the site', () => {
		for (const bad of ['https://evil.example', '//evil.example', '/\\evil.example', 'vet', '', null, undefined]) {
			expect(safeRedirectPath(bad)).toBeNull();
		}
	});
});

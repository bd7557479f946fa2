import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { qrPng } from './qr-png';

describe('qrPng', () => {
	it('writes an opaque greyscale PNG that decodes to the text', () => {
		const url = 'https://ledger.example.org/verify/5b0e7f6a-3c2d-4e1f-9a8b-7c6d5e4f3a21';
		const png = qrPng(url, 4);
		expect(png[25]).toBe(0); // colour type: greyscale, no alpha
		expect(png.readUInt32BE(16) % 4).toBe(0);
		const dir = mkdtempSync(join(tmpdir(), 'qr-png-'));
		try {
			const file = join(dir, 'qr.png');
			writeFileSync(file, png);
			const decoded = execFileSync('zbarimg', ['--raw', '-q', file], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
			expect(decoded).toBe(url);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

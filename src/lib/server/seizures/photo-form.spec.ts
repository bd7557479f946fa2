import { describe, expect, it } from 'vitest';
import { parsePhotoForm } from './photo-form';

const form = (fields: Record<string, string | File>) => {
	const data = new FormData();
	for (const [name, value] of Object.entries(fields)) data.append(name, value);
	return data;
};
const file = new File([new Uint8Array([1])], 'a.png', { type: 'image/png' });

describe('parsePhotoForm', () => {
	it('turns the datetime-local value into a centre-time instant', () => {
		const parsed = parsePhotoForm(form({ file, caption: 'scar', takenAt: '2026-06-14T12:30' }));
		expect(parsed).toMatchObject({ ok: true, file, caption: 'scar', takenAt: '2026-06-14T12:30:00+07:00' });
	});

	it('leaves an empty time empty and reads a hidden lot or item', () => {
		const parsed = parsePhotoForm(form({ file, caption: '', takenAt: '', lotId: 'lot-1' }));
		expect(parsed).toMatchObject({ ok: true, takenAt: null, lotId: 'lot-1', itemId: undefined });
	});

	it('says what is wrong and keeps what was typed', () => {
		expect(parsePhotoForm(form({ file, caption: 'scar', takenAt: 'yesterday' }))).toEqual({
			ok: false,
			values: { caption: 'scar', takenAt: 'yesterday' },
			errors: { takenAt: 'datetime_invalid' }
		});
		expect(parsePhotoForm(form({ caption: 'no file' }))).toMatchObject({ ok: false, errors: { file: 'photo_file_required' } });
	});
});

/** Photo galleries and the upload form, wherever a case, lot, animal or item shows its photos. */
export const photosEn = {
	title: 'Photos',
	emptyTitle: 'No photos yet',
	emptyBody: 'Photos added here are kept as evidence, each with its SHA-256 fingerprint, and can never be replaced.',
	listLabel: 'Photos, newest first',
	noCaption: 'No caption',
	uploadedBy: (name: string, when: string) => `Uploaded by ${name}, ${when}`,
	takenOn: (when: string) => `Taken ${when}`,
	fingerprint: 'SHA-256 fingerprint',
	fingerprintHint: 'The same file always gives the same code: quote it to show the photo has not been changed.',
	openFile: 'Open the file',
	notShown: 'This file cannot be shown here; its record and fingerprint are kept.',
	sizeMb: (megabytes: string) => `${megabytes} MB`,
	sizeKb: (kilobytes: string) => `${kilobytes} KB`,
	uploadTitle: 'Add a photo',
	file: 'Photo',
	fileHint: 'Take a photo or choose one: JPEG, PNG, WebP or HEIC, at most 25 MB.',
	caption: 'Caption (optional)',
	captionHint: 'What the photo shows, e.g. "left flank, scar above the hind leg".',
	takenAt: 'Taken at (optional)',
	takenAtHint: 'Cambodia time. Leave it empty if the photo was taken just now.',
	upload: 'Upload photo',
	uploading: 'Uploading…',
	uploaded: 'Photo saved. Note its SHA-256 fingerprint:',
	failed: 'The photo could not be saved, and nothing was kept. Try again.',
	forbidden: 'Your account may not add photos to this record.',
	subjectMismatch: 'This photo could not be attached to that record; nothing was kept.'
};

/** Messages of the photo schema (src/lib/schemas/photo.ts), spread into `validation`. */
export const photoValidationEn = {
	photo_file_required: 'Choose a photo to upload.',
	photo_too_large: 'The file is larger than 25 MB.',
	photo_type_invalid: 'Upload a JPEG, PNG, WebP or HEIC photo, or a PDF.'
};

export const sampleArgs: Record<string, unknown[]> = {
	'photos.uploadedBy': ['Vannak Sok', '14 Jun 2026, 12:30'],
	'photos.takenOn': ['14 Jun 2026, 12:30'],
	'photos.sizeMb': ['2.4'],
	'photos.sizeKb': ['180']
};

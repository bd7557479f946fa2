import type { StaffRole } from '$lib/roles';
import { ANIMAL_DISPOSITION_KINDS, ITEM_DISPOSITION_KINDS, type AnimalDispositionKind, type ItemDispositionKind } from '$lib/schemas/disposition';

/** Who may record each ending: the same lists record_disposition() checks (20261124010200). */
const KIND_ROLES: Record<AnimalDispositionKind | ItemDispositionKind, readonly StaffRole[]> = {
	died: ['admin', 'vet', 'keeper'],
	escaped: ['admin', 'vet', 'keeper'],
	euthanized: ['admin', 'vet'],
	transferred_out: ['admin', 'vet', 'release_team'],
	destroyed: ['admin']
};

/** The roles that may end custody of an animal or part of a lot in some way. */
export const DISPOSITION_ROLES = ['admin', 'vet', 'keeper', 'release_team'] as const satisfies readonly StaffRole[];

/** The endings of an animal or part of a lot that `role` may record, in the form's order. */
export function animalKindsFor(role: StaffRole): AnimalDispositionKind[] {
	return ANIMAL_DISPOSITION_KINDS.filter((kind) => KIND_ROLES[kind].includes(role));
}

/**
 * The endings of an evidence item that `role` may record. The database lets vets and the release
 * team hand an item over too; the centre keeps items with the administrator, so the screen does.
 */
export function itemKindsFor(role: StaffRole): ItemDispositionKind[] {
	return role === 'admin' ? [...ITEM_DISPOSITION_KINDS] : [];
}

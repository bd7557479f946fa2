import { fail, redirect } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import { isoToLocalInput } from '$lib/domain/centre-time';
import { INTAKE_ROLES } from '$lib/roles';
import { requireRole } from '$lib/server/guards';
import { recordSeizure } from '$lib/server/seizures/record-seizure';
import { seizureSchema } from '$lib/schemas/seizure';
import type { FieldErrors } from '$lib/schemas/form-errors';
import {
	emptyItem,
	emptyLot,
	readSeizureForm,
	seizureFormErrors,
	toSeizureInput,
	unknownSpeciesErrors,
	withoutBlankRows,
	withScientificNames,
	type SeizureFormValues
} from '$lib/schemas/seizure-form';
import type { Actions, PageServerLoad } from './$types';

const SPECIES_COLUMNS = 'id, scientific_name, english_name, khmer_name, taxon_class, iucn_category, cites_appendix' as const;

async function speciesList(locals: App.Locals) {
	const { data, error } = await locals.supabase.from('species').select(SPECIES_COLUMNS).order('scientific_name');
	if (error) throw new Error(`could not read the species list: ${error.message}`);
	return data;
}

export const load: PageServerLoad = async ({ locals }) => {
	await requireRole(locals, ...INTAKE_ROLES);
	return { species: await speciesList(locals), now: isoToLocalInput(new Date().toISOString()) };
};

/** The refusal the form shows, with everything typed kept. */
const refuse = (status: number, values: SeizureFormValues, errors: FieldErrors, message?: string) =>
	fail(status, { errors, values, message });

export const actions: Actions = {
	// Without JavaScript a new row is a round trip: the same form back, with one empty row more.
	addRow: async ({ request, locals }) => {
		await requireRole(locals, ...INTAKE_ROLES);
		const data = await request.formData();
		const values = readSeizureForm(data);
		const added = data.get('add') === 'item' ? 'item' : 'lot';
		if (added === 'item') values.items.push(emptyItem());
		else values.lots.push(emptyLot());
		return { values, added };
	},

	removeRow: async ({ request, locals }) => {
		await requireRole(locals, ...INTAKE_ROLES);
		const data = await request.formData();
		const values = readSeizureForm(data);
		const [, kind, index] = /^(lots|items)\.(\d+)$/.exec(String(data.get('remove'))) ?? [];
		if (kind === 'lots' || kind === 'items') values[kind].splice(Number(index), 1);
		return { values };
	},

	record: async ({ request, locals }) => {
		await requireRole(locals, ...INTAKE_ROLES);
		const m = messages(locals.locale);
		const typed = withoutBlankRows(readSeizureForm(await request.formData()));
		let values = typed;
		let outcome;
		try {
			const species = await speciesList(locals);
			values = withScientificNames(typed, species);
			// Checked here too, so an unknown species is reported with every other mistake at once.
			const known = new Set(species.map((s) => s.scientific_name.toLowerCase()));
			const unknown = unknownSpeciesErrors(values, (name) => !known.has(name));
			const parsed = seizureSchema.safeParse(toSeizureInput(values));
			if (!parsed.success) return refuse(400, values, { ...unknown, ...seizureFormErrors(parsed.error) });
			if (Object.keys(unknown).length > 0) return refuse(400, values, unknown);
			outcome = await recordSeizure(locals.supabase, parsed.data);
		} catch (err) {
			// Logged with a reference for the operator; the user keeps the form and a plain sentence.
			const reference = crypto.randomUUID().slice(0, 8);
			console.error(`[${reference}] recording a seizure failed:`, err);
			return refuse(500, values, {}, `${m.intake.saveFailed} (${reference})`);
		}
		if (outcome.ok) redirect(303, `/intake/${outcome.result.caseId}/done`);

		const refusal = outcome.refusal;
		switch (refusal.kind) {
			case 'duplicate_case':
				return refuse(409, values, { caseNumber: 'case_number_taken' });
			case 'unknown_species': {
				// The list changed since it was read: the database names what it did not know.
				const names = new Set(refusal.names.map((n) => n.trim().toLowerCase()));
				const errors = unknownSpeciesErrors(values, (name) => names.has(name));
				return refuse(422, values, Object.keys(errors).length > 0 ? errors : { lots: 'species_unknown' });
			}
			case 'forbidden':
				return refuse(403, values, {}, m.intake.forbidden);
			case 'invalid':
				return refuse(400, values, {}, m.intake.refused(refusal.message));
		}
	}
};

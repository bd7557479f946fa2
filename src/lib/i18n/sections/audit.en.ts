/** The admins' audit log (/admin/audit) and the "Audit history" links to it. */
export const auditEn = {
	nav: 'Audit log',
	title: 'Audit log',
	intro: 'Every change to the records: who made it, when, and the values before and after. Nobody can change or delete this log.',
	historyLink: 'Audit history',
	filterHeading: 'Filter the log',
	table: 'Table',
	anyTable: 'All tables',
	row: 'Record key',
	rowHint: "Exact key, e.g. a case's or an animal's id. Choose its table too.",
	action: 'Action',
	anyAction: 'All actions',
	actions: { insert: 'Created', update: 'Changed', delete: 'Deleted' },
	actor: 'Who',
	anyActor: 'Anyone',
	inactiveStaff: (name: string) => `${name} (deactivated)`,
	datesLegend: 'Dates, in centre time',
	from: 'From',
	to: 'To',
	apply: 'Filter',
	clear: 'Clear the filter',
	fixFilter: 'Nothing is listed: correct the filter fields marked below.',
	summary: (total: number) => `${total} ${total === 1 ? 'entry' : 'entries'}, newest first.`,
	summaryAbout: (total: number) => `About ${total} entries, newest first.`,
	caption: 'Audit log entries, newest first',
	colWhen: 'When',
	colWho: 'Who',
	colTable: 'Table',
	colRow: 'Record key',
	colAction: 'Action',
	colChange: 'Change',
	system: 'System / database',
	unknownActor: 'Staff member not in your centre',
	dbRole: (role: string) => `database role ${role}`,
	rowLinkLabel: (key: string) => `Only the history of record ${key}`,
	valuesCount: (count: number) => `${count} ${count === 1 ? 'value' : 'values'}`,
	nullValue: 'empty',
	/** Read out for the arrow between an old and a new value. */
	became: 'became',
	emptyTitle: 'Nothing logged yet',
	emptyBody: 'Changes to the records will be listed here.',
	noMatchTitle: 'No entry matches this filter',
	noMatchBody: 'Widen the dates or clear a field.',
	pagesLabel: 'Audit log pages'
};

/** Messages of the filter's schema (src/lib/schemas/audit-filter.ts), spread into `validation`. */
export const auditValidationEn = {
	audit_table_unknown: 'Choose a table from the list.',
	audit_row_too_long: 'A record key has at most 200 characters.',
	audit_row_needs_table: 'Choose the table of this record.',
	audit_action_unknown: 'Choose an action from the list.',
	audit_actor_unknown: 'Choose a staff member from the list.',
	audit_day_invalid: 'Enter a real date (YYYY-MM-DD).',
	audit_range_reversed: 'The end date is before the start date.'
};

export const sampleArgs: Record<string, unknown[]> = {
	'audit.inactiveStaff': ['Vannak Sok'],
	'audit.summary': [3],
	'audit.summaryAbout': [12000],
	'audit.dbRole': ['service_role'],
	'audit.rowLinkLabel': ['3f1c2a9e-1b2c-4d5e-8f90-1234567890ab'],
	'audit.valuesCount': [14]
};

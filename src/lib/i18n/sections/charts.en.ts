/** Charts and the tables that carry their numbers. */
export const chartsEn = {
	weightKg: 'Weight (kg)',
	date: 'Date',
	prescriptionStarted: 'Prescription started',
	weightTableCaption: (count: number) => `Weights, ${count} ${count === 1 ? 'weighing' : 'weighings'}`,
	weightCaption: 'Weights over time; triangles mark where a prescription started.',
	prescriptionsMarked: 'Prescriptions marked on the chart:'
};

export const sampleArgs: Record<string, unknown[]> = {
	'charts.weightTableCaption': [7]
};

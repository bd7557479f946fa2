import type { chartsEn } from './charts.en';

export const chartsKm: typeof chartsEn = {
	weightKg: 'ទម្ងន់ (គីឡូក្រាម)',
	date: 'កាលបរិច្ឆេទ',
	prescriptionStarted: 'ការចេញវេជ្ជបញ្ជាបានចាប់ផ្ដើម',
	weightTableCaption: (count) => `ទម្ងន់ ការថ្លឹង ${count} ដង`,
	weightCaption: 'ទម្ងន់តាមពេលវេលា ត្រីកោណបង្ហាញពេលដែលវេជ្ជបញ្ជាបានចាប់ផ្ដើម។',
	prescriptionsMarked: 'វេជ្ជបញ្ជាដែលបានសម្គាល់នៅលើគំនូសតាង៖'
};

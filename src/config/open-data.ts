/**
 * Terms of the open data files (`/data/procedures.json`, `/data/procedures.csv`), shown on
 * `/du-lieu/` and written into the JSON. The Department confirms the licence before publishing;
 * CC BY 4.0 is what the EU’s CPSV-AP service catalogues use.
 */
export const openData = {
	/** Licence of the compiled data set. */
	licence: {
		name: 'Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0)',
		url: 'https://creativecommons.org/licenses/by/4.0/deed.vi',
	},
	/** How to credit the data when reusing it. */
	attribution: 'Nguồn: Sở Tư pháp, tổng hợp từ Cơ sở dữ liệu quốc gia về thủ tục hành chính',
} as const;

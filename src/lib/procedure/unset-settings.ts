import type { CitizenSettings } from '../../config/citizen';

/**
 * The citizen settings left unset, named for the officer who sets them up, e.g.
 * “citizenSettings.provincialDesk.address (địa chỉ Trung tâm Phục vụ hành chính công)”. The build
 * warns about them once; the pages print nothing in their place.
 */
export function unsetSettings(settings: CitizenSettings, site: string | undefined): string[] {
	const desk = settings.provincialDesk;
	const checks: [unknown, string][] = [
		[site, 'SITE_URL (địa chỉ công khai của trang; thiếu thì không in địa chỉ tuyệt đối)'],
		[desk.name, 'citizenSettings.provincialDesk.name (tên Trung tâm Phục vụ hành chính công)'],
		[desk.address, 'citizenSettings.provincialDesk.address (địa chỉ nơi nộp hồ sơ)'],
		[desk.openingHours, 'citizenSettings.provincialDesk.openingHours (giờ làm việc)'],
		[desk.phone, 'citizenSettings.provincialDesk.phone (điện thoại)'],
		[desk.email, 'citizenSettings.provincialDesk.email (thư điện tử)'],
		[desk.mapUrl, 'citizenSettings.provincialDesk.mapUrl (bản đồ)'],
		[
			settings.feedback.endpoint ?? settings.feedback.email,
			'citizenSettings.feedback.endpoint hoặc .email (nơi nhận góp ý, báo thông tin sai)',
		],
	];
	return checks.filter(([value]) => !value).map(([, name]) => name);
}

/** The one build warning about unset settings, or `null` when everything is set. */
export function unsetSettingsWarning(
	settings: CitizenSettings,
	site: string | undefined
): string | null {
	const unset = unsetSettings(settings, site);
	if (unset.length === 0) return null;
	return [
		`cảnh báo: ${unset.length} thiết lập cho người dân chưa có giá trị; trang không in gì thay cho chúng (sửa src/config/citizen.ts, hoặc đặt biến môi trường SITE_URL):`,
		...unset.map((name) => `  - ${name}`),
	].join('\n');
}

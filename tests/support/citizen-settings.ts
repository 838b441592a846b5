import type { CitizenSettings, ServiceDesk } from '../../src/config/citizen';

const deskFields = ['name', 'address', 'openingHours', 'phone', 'email', 'mapUrl'] as const;

/** A one-stop desk with every detail unset, as shipped; override the ones a test needs. */
export function mockDesk(overrides: Partial<ServiceDesk> = {}): ServiceDesk {
	const unset = Object.fromEntries(deskFields.map((field) => [field, null]));
	return { ...(unset as Record<(typeof deskFields)[number], null>), ...overrides };
}

/** Citizen settings with everything unset; override any part. */
export function mockCitizenSettings(overrides: Partial<CitizenSettings> = {}): CitizenSettings {
	return {
		provincialDesk: mockDesk(),
		communeDirectoryUrl: null,
		provincialPortal: null,
		feedback: { endpoint: null, email: null },
		...overrides,
	};
}

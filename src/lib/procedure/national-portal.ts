// The national public-service portal (Cổng Dịch vụ công quốc gia). Kept free of schema imports:
// the search island uses it, and zod would ship to the browser with it.

/** Host of the national portal, where the national records’ pages live. */
export const nationalHost = 'dichvucong.gov.vn';

/** The national portal’s home page, where online dossiers are filed. */
export const nationalPortalUrl = `https://${nationalHost}/`;

/**
 * The national portal’s feedback page (phản ánh, kiến nghị), in the `/p/home/dvc-….html` form of
 * the portal’s other public pages.
 */
export const nationalFeedbackUrl = `https://${nationalHost}/p/home/dvc-phan-anh-kien-nghi.html`;

import { procedureUrl } from '../procedure/entry';

/**
 * A procedure page’s address: absolute under the site’s public address, or the path
 * `/thu-tuc/<id>/` when no `SITE_URL` is set, rather than an address that points nowhere.
 */
export function pageAddress(id: string, site: URL | undefined): string {
	return site ? new URL(procedureUrl(id), site).href : procedureUrl(id);
}

import { companyKey, nameKey } from './identity';

/*
 * Name-and-company keys, the backup's merge rule for records without a link or an e-mail address.
 * The single keys (name, company, e-mail, profile link) are the identity rules in identity.ts.
 */

/** Name and company together; undefined unless both are known (a name alone is too weak). */
export function nameCompanyKey(name: string, company: string): string | undefined {
  return combineNameCompany(nameKey(name), companyKey(company));
}

/** Joins a name key and a company key already computed into a name-and-company key. */
export function combineNameCompany(
  name: string | undefined,
  company: string | undefined,
): string | undefined {
  return name !== undefined && company !== undefined ? `${name}\u0000${company}` : undefined;
}

import { companyKey, nameKey } from '../network/identity';

/*
 * The matching keys live with the identity rules in lib/network/identity.ts; they are re-exported
 * here for the code that still reads them from the import (the backup's merge).
 */
export { companyKey, emailKey, emailKeys, nameKey, profileUrlKey } from '../network/identity';

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

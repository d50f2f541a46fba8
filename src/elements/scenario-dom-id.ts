/** The DOM id of a scenario's form: `share-with-care/2` → `practice-share-with-care-2`. */
export function scenarioDomId(scenarioId: string): string {
  return `practice-${scenarioId.replace('/', '-')}`;
}

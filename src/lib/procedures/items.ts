import { entryUrl } from '../routing/urls';

/** What the list shows of a procedure. */
export interface ProcedureItem {
  href: string;
  title: string;
  code: string;
  level: string;
  processingTime: string;
}

export function procedureItem(procedure: { id: string; data: { title: string; code: string; level: string; processingTime: string } }): ProcedureItem {
  const { title, code, level, processingTime } = procedure.data;
  return { href: entryUrl('procedures', procedure.id), title, code, level, processingTime };
}

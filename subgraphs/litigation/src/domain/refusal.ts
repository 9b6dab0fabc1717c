/** Why the court's rules refuse a step: a stable code for clients, messages for staff (Chinese) and logs. */
export interface Refusal {
  code: string;
  /** Input field the refusal is about, when there is one. */
  field?: string[];
  messageZh: string;
  messageEn: string;
}

export type Decision<T> = { ok: true; value: T } | { ok: false; refusals: Refusal[] };

export const refuse = (...refusals: Refusal[]): { ok: false; refusals: Refusal[] } => ({ ok: false, refusals });

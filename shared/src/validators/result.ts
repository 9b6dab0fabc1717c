/** Why a value was rejected; stable codes for the UI and API, messages for people. */
export type ValidationReason =
  | "EMPTY"
  | "LENGTH"
  | "FORMAT"
  | "RANGE"
  | "BIRTH_DATE"
  | "REGION"
  | "CHECK_DIGIT"
  | "UNKNOWN"
  | "CONTROL_CHARACTER"
  | "ENCODING";

export interface ValidationFailure {
  readonly ok: false;
  readonly reason: ValidationReason;
  readonly messageZh: string;
  readonly messageEn: string;
}

/** `value` is the normalised form to store; `Extra` carries what the validator learned from it. */
export type ValidationSuccess<T, Extra extends object = Record<never, never>> = {
  readonly ok: true;
  readonly value: T;
} & Extra;

export type ValidationResult<T, Extra extends object = Record<never, never>> =
  ValidationSuccess<T, Extra> | ValidationFailure;

export function invalid(reason: ValidationReason, messageZh: string, messageEn: string): ValidationFailure {
  return { ok: false, reason, messageZh, messageEn };
}

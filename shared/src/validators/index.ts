export {
  invalid,
  type ValidationFailure,
  type ValidationReason,
  type ValidationResult,
  type ValidationSuccess,
} from "./result.js";
export {
  upgradeLegacyResidentId,
  validateResidentId,
  type ResidentIdDetails,
  type ResidentIdOptions,
  type ResidentIdResult,
  type Sex,
} from "./resident-id.js";
export { validateCreditCode, type CreditCodeDetails } from "./credit-code.js";
export { validatePhone, type PhoneDetails } from "./phone.js";
export {
  isProvinceCode,
  lookupRegion,
  validateRegionCode,
  ZHEJIANG_REGION_TABLE,
  type RegionCodeDetails,
  type RegionCodeOptions,
  type RegionEntry,
  type RegionInfo,
  type RegionLevel,
  type RegionTable,
} from "./region-code.js";
export { validateText, type TextRules } from "./text.js";
